#pragma once

#include "cache/LocalCache.h"
#include "cache/SessionCache.h"
#include "invitations/InvitationListModel.h"
#include "members/MemberListModel.h"
#include "profile/AccountSecurityModel.h"
#include "profile/ProfileModel.h"
#include "roles/RoleListModel.h"
#include "session/IdleWatch.h"
#include "session/Session.h"
#include "workspaces/WorkspaceSettingsModel.h"

#include <QObject>

#include <memory>

namespace nacre::client {

// Everything one signed-in account's window shows, for as long as that account is in: made when
// the account is entered (from the keychain or a sign-in), handed to the window, and gone with the
// account at sign-out, so nothing of one account is ever shown to the next. With a cache folder,
// the account's local cache lives here too (its first pages, shown at once next time).
class SessionModels : public QObject
{
    Q_OBJECT

public:
    // `cachePath` empty: no local cache.
    SessionModels(
        ApiClient& api, Session& session, const QString& email, const QString& cachePath, QObject* parent = nullptr);
    ~SessionModels() override;

    QString email() const { return m_email; }
    WorkspaceSettingsModel& workspaceSettings() { return m_workspaceSettings; }
    ProfileModel& profile() { return m_profile; }
    AccountSecurityModel& security() { return m_security; }
    MemberListModel& members() { return m_members; }
    RoleListModel& roles() { return m_roles; }
    InvitationListModel& invitations() { return m_invitations; }
    IdleWatch& idle() { return m_idle; }
    // The workspaces and profile as last seen, or null without a cache.
    SessionCache* sessionCache() const { return m_sessionCache.get(); }
    // Signing out: nothing of the account stays readable on this computer.
    void forget();

private:
    QString m_email;
    std::unique_ptr<LocalCache> m_cache; // before the models: they write to it until they go
    std::unique_ptr<SessionCache> m_sessionCache;
    WorkspaceSettingsModel m_workspaceSettings;
    ProfileModel m_profile;
    AccountSecurityModel m_security;
    MemberListModel m_members;
    RoleListModel m_roles;
    InvitationListModel m_invitations;
    IdleWatch m_idle;
};

} // namespace nacre::client
