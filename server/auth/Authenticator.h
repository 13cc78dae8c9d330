#pragma once

#include "store/Records.h"

namespace nacre::server {

struct ApiRequest;
struct ServerContext;

struct AuthContext
{
    SessionRecord session;
    UserRecord user;

    PersonRef person() const { return PersonRef {user.id, user.displayName}; }
};

struct WorkspaceScope
{
    AuthContext auth;
    WorkspaceRecord workspace;
    MemberRecord actor;
};

// Turns a bearer token into the signed-in account, and a workspace id in the URL into the actor's
// membership of it. Expired, revoked and unknown tokens are one 401; a workspace the account is not a
// member of is a 404, exactly like one that does not exist.
class Authenticator
{
public:
    explicit Authenticator(ServerContext& context)
        : m_context(context)
    { }

    AuthContext authenticate(const ApiRequest& request);
    // Starts a session for the account; the token is returned once and only its hash is kept.
    QString issueSession(const UserRecord& user, const ApiRequest& request, SessionRecord* created = nullptr);
    // A workspace that requires two-factor sign-in answers 403 two_factor_required to an account
    // without it, unless `TwoFactor::NotNeeded` (leaving the workspace is always possible).
    enum class TwoFactor { Enforced, NotNeeded };
    WorkspaceScope enterWorkspace(
        const ApiRequest& request, const QString& workspaceId, TwoFactor twoFactor = TwoFactor::Enforced);
    WorkspaceScope enterWorkspace(const AuthContext& auth, const QString& workspaceId);

private:
    SessionRecord liveSession(const ApiRequest& request) const; // token → a session not revoked or expired
    AuthContext admit(const SessionRecord& session, qint64 idleLimitMs); // idle check, account, activity
    void touch(const SessionRecord& session, qint64 now);
    void touchMembership(const MemberRecord& member);
    static void requireTwoFactorIfAsked(const WorkspaceRecord& workspace, const UserRecord& user);

    ServerContext& m_context;
};

} // namespace nacre::server
