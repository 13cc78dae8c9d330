#pragma once

#include "domain/Workspace.h"
#include "invitations/InvitationListModel.h"
#include "members/MemberListModel.h"
#include "permissions/AccessRules.h"
#include "roles/RoleListModel.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace nacre::ui {

class InvitationsTab;
class InviteCommand;
class MembersTab;
class Prompter;
class RolesTab;

// Workspace > Users: who is in the workspace (Members), who has been asked to join (Invitations)
// and what each role allows (Roles). Follows the workspace switcher: a switch points all three
// models at the new workspace, loading when the page is first seen; the actor's role decides which
// commands are enabled. The page holds the one command its tabs share (invite); each tab holds its own.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    struct Models
    {
        client::MemberListModel& members;
        client::RoleListModel& roles;
        client::InvitationListModel& invitations;
    };

    UsersPage(client::ApiClient& api, Models models, Prompter& prompter, QWidget* parent = nullptr);

    void setWorkspace(const std::optional<Workspace>& workspace, const QString& myUserId);
    MembersTab* membersTab() const { return m_membersTab; }
    InvitationsTab* invitationsTab() const { return m_invitationsTab; }
    RolesTab* rolesTab() const { return m_rolesTab; }
    QTabWidget* tabs() const { return m_tabs; }
    InviteCommand* inviteCommand() const { return m_invite; }
    void showMembersWithRole(const QString& roleId);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void showInAuditLog(const QString& targetId, const QString& label);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadIfStale();
    void updateTabTitles();

    Models m_models;
    QString m_workspaceId;
    QString m_loadedId;
    InviteCommand* m_invite;
    QLabel* m_subtitle;
    QTabWidget* m_tabs;
    MembersTab* m_membersTab;
    InvitationsTab* m_invitationsTab;
    RolesTab* m_rolesTab;
};

} // namespace nacre::ui
