#pragma once

#include "commands/Command.h"
#include "domain/Workspace.h"
#include "invitations/InvitationListModel.h"
#include "roles/RoleListModel.h"

#include <optional>

namespace nacre::client {
class ApiClient;
}

namespace nacre::ui {

// Invites people to the workspace the switcher shows: opens the invite dialog with the roles the
// actor may give (the workspace's default role chosen first), and puts what was sent on top of the
// invitation list at once, without asking for the whole list again. One command for the page: the
// Members tab's button, Ctrl+I and the empty lists' "Invite …" all trigger it.
class InviteCommand : public Command
{
    Q_OBJECT

public:
    InviteCommand(client::ApiClient& api, const client::RoleListModel& roles, client::InvitationListModel& invitations,
        QWidget* parent);

    // The workspace invited to and who invites; none after sign-out or leaving the last one.
    void setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId);
    Availability availability() const override;

protected:
    void run() override;

private:
    client::ApiClient& m_api;
    const client::RoleListModel& m_roles;
    client::InvitationListModel& m_invitations;
    std::optional<Workspace> m_workspace;
    Holder m_actor;
};

} // namespace nacre::ui
