#include "users/members/MemberBatch.h"

#include "commands/Command.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace nacre::ui {

BatchDialog* MemberBatch::open(Command& command, const MembersScope& scope, const Text& text, const QList<int>& rows,
    const Describe& describe, const Act& act)
{
    QList<BatchDialog::Item> items;
    QStringList userIds;
    for (const int row : rows) {
        const Member& member = scope.members.member(row);
        userIds.append(member.userId);
        BatchDialog::Item item = describe(member);
        item.subject = u"%1 <%2>"_s.arg(member.displayName, member.email);
        items.append(item);
    }
    client::MemberListModel& members = scope.members;
    auto* dialog = new BatchDialog(
        text.title, text.summary, text.apply, items,
        [&members, userIds, act](int index, std::function<void(const client::ApiError&)> done) {
            if (const int row = members.rowOf(userIds.at(index)); row >= 0) {
                act(row, std::move(done));
                return;
            }
            client::ApiError gone;
            gone.kind = client::ApiError::Kind::Http;
            gone.status = 404;
            gone.detail = tr("No longer in the list; it was changed elsewhere.");
            done(gone);
        },
        command.widget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    client::RoleListModel& roles = scope.roles;
    QObject::connect(dialog, &BatchDialog::batchFinished, &command,
        [&command, &roles, title = text.title](int succeeded, int failed) {
            roles.reload(); // member counts moved
            Q_EMIT command.statusMessage(failed == 0
                    ? tr("%1: %Ln member(s) done.", nullptr, succeeded).arg(title)
                    : tr("%1: %2 done, %3 not done.")
                          .arg(title, tr("%Ln member(s)", nullptr, succeeded), QLocale().toString(failed)));
        });
    dialog->open();
    return dialog;
}

} // namespace nacre::ui
