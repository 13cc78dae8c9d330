#pragma once

#include "users/members/MemberCommand.h"

namespace nacre::ui {

// Opens the selected member's details: their role and what it allows at once, then — when the
// server answers — who invited them and when, and their active sessions.
class MemberDetailsCommand : public MemberCommand
{
    Q_OBJECT

public:
    MemberDetailsCommand(const MembersScope& scope, QWidget* parent);

    Availability availability() const override;

protected:
    void run() override;
};

} // namespace nacre::ui
