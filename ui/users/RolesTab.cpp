#include "users/RolesTab.h"

#include "commands/Command.h"
#include "roles/RoleEditorDialog.h"
#include "roles/RoleInUseDialog.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

RolesTab::RolesTab(client::RoleListModel& roles, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_roles(roles)
    , m_prompter(prompter)
{
    setObjectName(u"rolesTab"_s);
    m_table = new QTableView;
    PageParts::setUpTable(m_table, u"roleTable"_s, tr("Roles"), false);
    m_table->setModel(&m_roles);
    PageParts::setColumnWidths(m_table, {30, 10}); // name, members

    m_create = new Command(tr("&Create Role…"), tr("Define a role from the permission catalog"), this);
    m_create->setIcon(QIcon(u":/nacre/icons/plus.svg"_s));
    m_edit = new Command(tr("&Edit…"), tr("Rename the role or change its permissions"), this);
    m_duplicate = new Command(tr("D&uplicate…"), tr("Start a new role from this one"), this);
    m_delete = new Command(tr("&Delete…"), tr("Delete the role (only when nobody holds it)"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_edit, m_duplicate, m_delete});

    auto* commands = new QHBoxLayout;
    const auto button = [commands](Command* command, const QString& name) {
        commands->addWidget(new CommandButton(command, name));
    };
    button(m_create, u"createRole"_s);
    commands->addStretch();
    button(m_edit, u"editRole"_s);
    button(m_duplicate, u"duplicateRole"_s);
    button(m_delete, u"deleteRole"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(commands);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesTab::updateCommands);
    connect(&m_roles, &QAbstractItemModel::modelReset, this, &RolesTab::updateCommands);
    connect(&m_roles, &QAbstractItemModel::dataChanged, this, &RolesTab::updateCommands);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        m_edit->refresh();
        if (m_edit->isEnabled())
            editSelected();
    });
    connect(m_create, &QAction::triggered, this, &RolesTab::createRole);
    connect(m_edit, &QAction::triggered, this, &RolesTab::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &RolesTab::duplicateSelected);
    connect(m_delete, &QAction::triggered, this, &RolesTab::deleteSelected);
    decideCommands();
}

void RolesTab::setActor(const Holder& actor)
{
    m_actor = actor;
    updateCommands();
}

std::optional<Role> RolesTab::selectedRole() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_roles.role(rows.first().data(client::RoleListModel::RoleIdRole).toString());
}

AccessDecision RolesTab::decideOnSelected(Action action) const
{
    const std::optional<Role> role = selectedRole();
    if (!role)
        return Command::needSelection(tr("Select a role first."));
    AccessQuestion question(m_actor, action);
    question.targetRole = RoleGrant {role->name, role->builtin, role->permissions};
    return AccessRules::decide(question);
}

void RolesTab::updateCommands()
{
    Command::refreshAll(this);
}

void RolesTab::decideCommands()
{
    m_create->setDecide([this] { return AccessRules::decide(AccessQuestion(m_actor, Action::CreateRole)); });
    m_edit->setDecide([this] { return decideOnSelected(Action::EditRole); });
    m_delete->setDecide([this] { return decideOnSelected(Action::DeleteRole); });
    // A duplicate is a new role: it needs Create, and can only copy what the actor may grant.
    m_duplicate->setDecide([this] {
        const std::optional<Role> role = selectedRole();
        if (!role)
            return Command::needSelection(tr("Select a role first."));
        AccessQuestion question(m_actor, Action::CreateRole);
        question.grantedPermissions = role->permissions;
        return AccessRules::decide(question);
    });
}

void RolesTab::openEditor(const std::optional<Role>& existing, const QString& presetName, const PermissionSet& preset)
{
    auto* editor = new RoleEditorDialog(m_roles, m_actor, m_prompter, existing, presetName, preset, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
        [this, creating = !existing] { Q_EMIT statusMessage(creating ? tr("Role created.") : tr("Role saved.")); });
    editor->open();
}

void RolesTab::createRole()
{
    openEditor(std::nullopt, QString(), {});
}

void RolesTab::editSelected()
{
    if (const auto role = selectedRole())
        openEditor(role, QString(), {});
}

void RolesTab::duplicateSelected()
{
    if (const auto role = selectedRole())
        openEditor(std::nullopt, m_roles.duplicateName(role->name), role->permissions);
}

void RolesTab::deleteSelected()
{
    const auto role = selectedRole();
    if (!role)
        return;
    if (role->memberCount > 0) {
        // Known here already: offer the way out instead of asking the server to refuse.
        auto* dialog = new RoleInUseDialog(m_roles, *role, m_actor, m_prompter, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RoleInUseDialog::showMembersRequested, this, &RolesTab::showMembersWithRole);
        connect(dialog, &RoleInUseDialog::moved, this, [this](const QString& deleted, const QString& target) {
            Q_EMIT membersMoved();
            Q_EMIT statusMessage(
                tr("Role \u201c%1\u201d deleted; its members now have \u201c%2\u201d.").arg(deleted, target));
        });
        dialog->open();
        return;
    }
    const auto answer = m_prompter.ask(this, QMessageBox::Warning, tr("Delete Role"),
        tr("Delete the role \u201c%1\u201d? This cannot be undone.").arg(role->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_roles.remove(role->id, this, [this](const client::ApiError& error, const QString&) {
        if (error.isError())
            m_prompter.tell(this, QMessageBox::Warning, tr("Role Not Deleted"), error.message());
        else
            Q_EMIT statusMessage(tr("Role deleted."));
    });
}

} // namespace nacre::ui
