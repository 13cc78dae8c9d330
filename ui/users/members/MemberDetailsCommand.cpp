#include "users/members/MemberDetailsCommand.h"

#include "users/MemberDetailsDialog.h"

namespace nacre::ui {

MemberDetailsCommand::MemberDetailsCommand(const MembersScope& scope, QWidget* parent)
    : MemberCommand(tr("Member &Details…"),
        tr("When the selected member joined, who invited them, their sessions and what they can do"), scope, parent)
{
    refresh();
}

Availability MemberDetailsCommand::availability() const
{
    const QList<int> rows = m_scope.selectedRows();
    return rows.size() == 1 ? m_scope.access.needLoaded(rows) : Availability::no(tr("Select one member first."));
}

void MemberDetailsCommand::run()
{
    const Member& member = m_scope.members.member(m_scope.selectedRows().first());
    const Role role = m_scope.roles.role(member.role.id)
                          .value_or(Role {member.role.id, member.role.name, member.role.builtin,
                              BuiltinRoles::permissions(member.role.builtin)});
    auto* dialog = new MemberDetailsDialog(member, role, widget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_scope.members.loadDetails(
        member.userId, dialog, [dialog](const MemberDetails& details, const client::ApiError& error) {
            if (error.isError())
                dialog->showDetailsUnavailable(error.message());
            else
                dialog->showDetails(details);
        });
}

} // namespace nacre::ui
