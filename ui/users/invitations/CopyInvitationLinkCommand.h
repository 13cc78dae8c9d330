#pragma once

#include "users/invitations/InvitationCommand.h"

namespace nacre::ui {

// Makes a new link for one invitation and copies it, to hand over another way. Asks first: anyone
// with the link can join as the invitee, and the mailed link stops working.
class CopyInvitationLinkCommand : public InvitationCommand
{
    Q_OBJECT

public:
    CopyInvitationLinkCommand(const InvitationsScope& scope, QWidget* parent);

protected:
    void run() override;
};

} // namespace nacre::ui
