#include "roles/DeleteRoleCommand.h"

#include "roles/RoleInUseDialog.h"
#include "widgets/Prompter.h"
#include "widgets/Shortcuts.h"

namespace nacre::ui {

DeleteRoleCommand::DeleteRoleCommand(const RolesScope& scope, QWidget* parent)
    : RoleCommand(tr("&Delete…"), tr("Delete the role (only when nobody holds it)"), scope, parent)
{
    setShortcut(Shortcuts::removeSelected());
    setShortcutContext(Qt::WidgetShortcut);
    refresh();
}

Availability DeleteRoleCommand::availability() const
{
    return availabilityOnSelected(Action::DeleteRole);
}

void DeleteRoleCommand::run()
{
    const Role role = *m_scope.selectedRole();
    if (role.memberCount > 0) {
        offerMove(role);
        return;
    }
    const auto answer = m_scope.prompter.ask(widget(), QMessageBox::Warning, tr("Delete Role"),
        tr("Delete the role \u201c%1\u201d? This cannot be undone.").arg(role.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_scope.roles.remove(role.id, this, [this](const client::ApiError& error, const QString&) {
        if (error.isError())
            m_scope.prompter.tell(widget(), QMessageBox::Warning, tr("Role Not Deleted"), error.message());
        else
            Q_EMIT statusMessage(tr("Role deleted."));
    });
}

void DeleteRoleCommand::offerMove(const Role& role)
{
    auto* dialog = new RoleInUseDialog(m_scope.roles, role, m_scope.actor, m_scope.prompter, widget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleInUseDialog::showMembersRequested, this, &DeleteRoleCommand::showMembersWithRole);
    connect(dialog, &RoleInUseDialog::moved, this, [this](const QString& deleted, const QString& target) {
        Q_EMIT membersMoved();
        Q_EMIT statusMessage(
            tr("Role \u201c%1\u201d deleted; its members now have \u201c%2\u201d.").arg(deleted, target));
    });
    dialog->open();
}

} // namespace nacre::ui
