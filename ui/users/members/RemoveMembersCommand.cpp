#include "users/members/RemoveMembersCommand.h"

#include "users/members/MemberBatch.h"
#include "widgets/Shortcuts.h"

namespace nacre::ui {

RemoveMembersCommand::RemoveMembersCommand(const MembersScope& scope, QWidget* parent)
    : MemberCommand(tr("Re&move…"), tr("Remove the selected members from the workspace"), scope, parent)
{
    setShortcut(Shortcuts::removeSelected());
    setShortcutContext(Qt::WidgetShortcut); // the table's: Delete in the search field edits the text
    refresh();
}

Availability RemoveMembersCommand::availability() const
{
    return m_scope.access.remove(m_scope.selectedRows());
}

void RemoveMembersCommand::run()
{
    const QList<int> rows = m_scope.selectedRows();
    client::MemberListModel& members = m_scope.members;
    MemberBatch::open(
        *this, m_scope,
        {tr("Remove Members"),
            tr("Remove %Ln member(s) from the workspace? They lose access at once; their accounts stay, and they "
               "can be invited again.",
                nullptr, int(rows.size())),
            tr("Remove %Ln Member(s)", nullptr, int(rows.size()))},
        rows,
        [](const Member&) {
            return BatchDialog::Item {
                .subject = {}, .change = tr("Remove from the workspace"), .outcome = tr("Removed")};
        },
        [this, &members](int row, std::function<void(const client::ApiError&)> done) {
            members.removeMember(row, this, std::move(done));
        });
}

} // namespace nacre::ui
