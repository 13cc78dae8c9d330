#pragma once

#include "users/members/MemberCommand.h"

namespace nacre::ui {

// Removes the selected members from the workspace, through a reviewed batch (the review is the
// confirmation). Unavailable while a selected member may not be removed (an Owner by an Admin, the
// last Owner, oneself), with the reason.
class RemoveMembersCommand : public MemberCommand
{
    Q_OBJECT

public:
    RemoveMembersCommand(const MembersScope& scope, QWidget* parent);

    Availability availability() const override;

protected:
    void run() override;
};

} // namespace nacre::ui
