#pragma once

#include "commands/Command.h"
#include "members/MemberListModel.h"
#include "roles/RoleListModel.h"
#include "users/MemberAccess.h"

#include <functional>

namespace nacre::ui {

class Prompter;

// What the Members tab's commands act on: the member and role lists, the access questions asked of
// them (with the tab's actor), the rows the person has selected, and the seam for questions.
struct MembersScope
{
    client::MemberListModel& members;
    client::RoleListModel& roles;
    const MemberAccess& access;
    Prompter& prompter;
    std::function<QList<int>()> selectedRows; // sorted
};

// A command of the Members tab: acts on the scope's selection.
class MemberCommand : public Command
{
    Q_OBJECT

public:
    MemberCommand(const QString& text, const QString& description, const MembersScope& scope, QWidget* parent)
        : Command(text, description, parent)
        , m_scope(scope)
    { }

protected:
    MembersScope m_scope;
};

} // namespace nacre::ui
