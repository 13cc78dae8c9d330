#pragma once

#include "users/BatchDialog.h"
#include "users/members/MemberCommand.h"

#include <QCoreApplication>

namespace nacre::ui {

class Command;

// A change to several members as one reviewed batch (BatchDialog), shared by the commands that act
// on a selection: one line per member, each step done by `act` on the member's current row.
class MemberBatch
{
    Q_DECLARE_TR_FUNCTIONS(nacre::ui::MemberBatch)

public:
    using Describe = std::function<BatchDialog::Item(const Member&)>; // what changes for one member
    using Act = std::function<void(int row, std::function<void(const client::ApiError&)> done)>;

    struct Text
    {
        QString title; // "Remove Members"
        QString summary; // the question the review answers
        QString apply; // "Remove 3 Members"
    };

    // Opens the review over `command`'s widget. The batch keeps user ids, not rows (rows shift as
    // members leave the list), and reports the outcome through `command`'s status message; the
    // roles reload afterwards, since their member counts moved.
    static BatchDialog* open(Command& command, const MembersScope& scope, const Text& text, const QList<int>& rows,
        const Describe& describe, const Act& act);
};

} // namespace nacre::ui
