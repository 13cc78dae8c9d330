#pragma once

#include "invitations/InvitationListModel.h"
#include "members/MemberListModel.h"
#include "profile/AccountSecurityModel.h"
#include "profile/ProfileModel.h"
#include "roles/RoleListModel.h"
#include "session/IdleWatch.h"
#include "session/Session.h"
#include "workspaces/WorkspaceSettingsModel.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace nacre::ui {

class ApiKeysPage;
class AuditLogPage;
class GeneralSettingsPage;
class ProfilePage;
class Prompter;
class SecurityPage;
class TwoFactorRequiredPage;
class UsersPage;
class Sidebar;
class WorkspaceSecurityPage;
class WorkspaceSwitcher;

// The window an admin lives in: the sidebar, the current page, and a status bar that shows work in
// progress and whether the server can be reached. It only arranges; pages and models do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr QSize MinimumSize {960, 600};
    // The models behind the pages; the window holds references, the caller owns them.
    struct Models
    {
        client::Session& session;
        client::WorkspaceSettingsModel& workspaceSettings;
        client::ProfileModel& profile;
        client::AccountSecurityModel& security;
        client::MemberListModel& members;
        client::RoleListModel& roles;
        client::InvitationListModel& invitations;
        client::IdleWatch* idleWatch = nullptr; // when given, a banner warns before an idle session ends
    };

    MainWindow(Models models, Prompter& prompter, QWidget* parent = nullptr);

    Sidebar* sidebar() const { return m_sidebar; }
    WorkspaceSwitcher* switcher() const { return m_switcher; }
    GeneralSettingsPage* generalSettingsPage() const { return m_generalSettings; }
    UsersPage* usersPage() const { return m_users; }
    ProfilePage* profilePage() const { return m_profile; }
    AuditLogPage* auditLogPage() const { return m_auditLog; }
    ApiKeysPage* apiKeysPage() const { return m_apiKeys; }
    WorkspaceSecurityPage* workspaceSecurityPage() const { return m_workspaceSecurity; }
    QString currentPageKey() const;
    void showPage(const QString& key);
    void showStatus(const QString& message, int timeoutMs = 6000);
    void openSwitcher();
    void openCreateWorkspace();

Q_SIGNALS:
    void signOutRequested();

private:
    void rebuildPages();
    bool mayOpenUsers() const;
    bool may(Action action) const; // in the current workspace
    // The current workspace requires two-factor sign-in and the account has not turned it on.
    bool workspaceLocked() const;
    void onWorkspaceChanged();
    void setOffline(bool offline);

    client::Session& m_session;
    Prompter& m_prompter;
    Sidebar* m_sidebar;
    WorkspaceSwitcher* m_switcher;
    QStackedWidget* m_pages;
    GeneralSettingsPage* m_generalSettings;
    AuditLogPage* m_auditLog;
    ApiKeysPage* m_apiKeys;
    WorkspaceSecurityPage* m_workspaceSecurity;
    UsersPage* m_users;
    ProfilePage* m_profile;
    SecurityPage* m_security;
    QWidget* m_noWorkspace;
    TwoFactorRequiredPage* m_twoFactorRequired;
    QProgressBar* m_busy;
    QLabel* m_offline;
};

} // namespace nacre::ui
