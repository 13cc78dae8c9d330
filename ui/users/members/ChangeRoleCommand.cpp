#include "users/members/ChangeRoleCommand.h"

#include "permissions/Permission.h"
#include "users/members/MemberBatch.h"
#include "widgets/Prompter.h"

#include <QCursor>
#include <QLocale>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace nacre::ui {

ChangeRoleCommand::ChangeRoleCommand(const MembersScope& scope, QWidget* parent)
    : MemberCommand(tr("Change &Role"), tr("Give the selected members another role"), scope, parent)
    , m_menu(new QMenu(parent))
{
    m_menu->setObjectName(u"roleMenu"_s);
    m_menu->setToolTipsVisible(true);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &ChangeRoleCommand::fillMenu);
    refresh();
}

Availability ChangeRoleCommand::availability() const
{
    const AccessDecision change = AccessRules::decide(AccessQuestion(m_scope.access.actor(), Action::ChangeMemberRole));
    if (!change.allowed)
        return change;
    return m_scope.access.needLoaded(m_scope.selectedRows());
}

Availability ChangeRoleCommand::availabilityOf(const Role& role) const
{
    return m_scope.access.changeRole(m_scope.selectedRows(), role);
}

void ChangeRoleCommand::run()
{
    m_menu->popup(QCursor::pos());
}

void ChangeRoleCommand::fillMenu()
{
    m_menu->clear();
    for (const Role& role : m_scope.roles.roles()) {
        QAction* action = m_menu->addAction(role.ref().displayName());
        const Availability availability = availabilityOf(role);
        action->setEnabled(availability.available);
        action->setToolTip(availability.available
                ? tr("Give the selected members the role \u201c%1\u201d").arg(role.ref().displayName())
                : availability.reason);
        connect(action, &QAction::triggered, this, [this, id = role.id] { changeSelectedTo(id); });
    }
}

PermissionSet ChangeRoleCommand::gainedBy(const Member& member, const Role& role) const
{
    const auto current = m_scope.roles.role(member.role.id);
    return current ? role.permissions.subtracted(current->permissions) : role.permissions;
}

bool ChangeRoleCommand::confirmGain(const Member& member, const Role& role)
{
    if (role.builtin == BuiltinRole::Owner)
        return m_scope.prompter.ask(widget(), QMessageBox::Question, tr("Make Owner"),
                   tr("Make %1 an Owner? Owners can do everything, including deleting the workspace and changing "
                      "other Owners.")
                       .arg(member.displayName),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    const PermissionSet gained = gainedBy(member, role);
    if (gained.isEmpty())
        return true;
    const QStringList labels = PermissionCatalog::labels(gained);
    return m_scope.prompter.ask(widget(), QMessageBox::Question, tr("Give More Access?"),
               tr("Give %1 the role \u201c%2\u201d? They gain: %3.")
                   .arg(member.displayName, role.ref().displayName(), QLocale().createSeparatedList(labels)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void ChangeRoleCommand::changeSelectedTo(const QString& roleId)
{
    changeRoleOf(m_scope.selectedRows(), roleId);
}

void ChangeRoleCommand::changeOne(const Member& member, const Role& role)
{
    if (!confirmGain(member, role))
        return;
    const int row = m_scope.members.rowOf(member.userId);
    if (row < 0)
        return;
    setBusy(true);
    m_scope.members.changeRole(
        row, role.id, this, [this, member, roleName = role.ref().displayName()](const client::ApiError& error) {
            setBusy(false);
            if (error.isError()) {
                m_scope.prompter.tell(widget(), QMessageBox::Warning, tr("Role Not Changed"),
                    tr("%1 keeps the role \u201c%2\u201d: %3")
                        .arg(member.displayName, member.role.displayName(), error.message()));
                return;
            }
            m_scope.roles.reload();
            Q_EMIT statusMessage(tr("%1 is now %2.").arg(member.displayName, roleName));
        });
}

void ChangeRoleCommand::changeRoleOf(const QList<int>& rows, const QString& roleId)
{
    const auto role = m_scope.roles.role(roleId);
    if (!role || rows.isEmpty())
        return;
    if (rows.size() == 1) {
        changeOne(m_scope.members.member(rows.first()), *role);
        return;
    }
    const QString roleName = role->ref().displayName();
    // The review is the confirmation; it says how many gain access they do not have now.
    int gaining = 0;
    for (const int row : rows) {
        const Member& member = m_scope.members.member(row);
        gaining += m_scope.roles.role(member.role.id) && !gainedBy(member, *role).isEmpty() ? 1 : 0;
    }
    QString summary = tr(
        "Give %Ln member(s) the role \u201c%1\u201d. Review the changes, then apply them.", nullptr, int(rows.size()))
                          .arg(roleName);
    if (gaining > 0)
        summary += u' ' + tr("%Ln of them gain permissions they do not have now.", nullptr, gaining);
    client::MemberListModel& members = m_scope.members;
    MemberBatch::open(
        *this, m_scope, {tr("Change Role"), summary, tr("Change %Ln Role(s)", nullptr, int(rows.size()))}, rows,
        [roleName](const Member& member) {
            return BatchDialog::Item {.subject = {},
                .change = member.role.displayName() + u" \u2192 "_s + roleName,
                .outcome = tr("Now %1").arg(roleName)};
        },
        [this, &members, roleId](int row, std::function<void(const client::ApiError&)> done) {
            members.changeRole(row, roleId, this, std::move(done));
        });
}

} // namespace nacre::ui
