#pragma once

#include "users/invitations/InvitationCommand.h"

namespace nacre::ui {

// Cancels the selected invitations after asking: their links stop working at once.
class RevokeInvitationsCommand : public InvitationCommand
{
    Q_OBJECT

public:
    RevokeInvitationsCommand(const InvitationsScope& scope, QWidget* parent);

protected:
    void run() override;
};

} // namespace nacre::ui
