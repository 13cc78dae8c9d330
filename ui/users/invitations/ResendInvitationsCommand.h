#pragma once

#include "users/invitations/InvitationCommand.h"

namespace nacre::ui {

// Sends the selected invitations again, each with a new link valid for the full period.
class ResendInvitationsCommand : public InvitationCommand
{
    Q_OBJECT

public:
    ResendInvitationsCommand(const InvitationsScope& scope, QWidget* parent);

protected:
    void run() override;
};

} // namespace nacre::ui
