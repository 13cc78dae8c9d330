#pragma once

#include "auth/Origin.h"
#include "store/Records.h"
#include "store/SessionStore.h"

namespace nacre::server {

struct ApiRequest;
struct ServerContext;

// A signed-in account making a request, and where the request came from. With an API key, the
// key's creator (there is no session) and the key.
struct AuthContext
{
    SessionRecord session;
    UserRecord user;
    Origin origin;
    std::optional<ApiKeyRecord> apiKey;

    PersonRef person() const { return PersonRef {user.id, user.displayName}; }
};

// The actor of a workspace operation: the account, the workspace and their membership of it.
struct WorkspaceScope
{
    AuthContext auth;
    WorkspaceRecord workspace;
    MemberRecord actor;

    const QString& workspaceId() const { return workspace.id; }
};

// Authentication and tenancy, not authorization: turns a bearer token into the signed-in account,
// and a workspace id in the URL into the actor's membership of it. Expired, revoked and unknown
// tokens are one 401; a workspace the account is not a member of is a 404, exactly like one that
// does not exist. What the actor may then do is each service's own question (AccessPolicy).
//
// A workspace route also accepts an API key of that workspace as the bearer (ApiKeyAccess); every
// other route refuses keys with 401, as does a key of another workspace or one revoked or expired.
//
// Idle time counts what the person did: a request marked as the app's own refresh
// (Nacre-Activity: background) is served but never moves the session's last activity, so a session
// idle past the timeout of the workspace it acts in is expired there however often the app polled.
class Authenticator
{
public:
    explicit Authenticator(ServerContext& context)
        : m_context(context)
    { }

    AuthContext authenticate(const ApiRequest& request);
    // Starts a session for the account; the token is returned once and only its hash is kept.
    QString issueSession(const UserRecord& user, const Origin& origin, SessionRecord* created = nullptr);
    // A workspace that requires two-factor sign-in answers 403 two_factor_required to an account
    // without it, unless `TwoFactor::NotNeeded` (leaving the workspace is always possible).
    enum class TwoFactor { Enforced, NotNeeded };
    WorkspaceScope enterWorkspace(
        const ApiRequest& request, const QString& workspaceId, TwoFactor twoFactor = TwoFactor::Enforced);
    // For an account already authenticated in this request (a workspace it just created).
    WorkspaceScope enterWorkspace(const AuthContext& auth, const QString& workspaceId);

    static Origin originOf(const ApiRequest& request);

private:
    SessionRecord liveSession(const ApiRequest& request) const; // token → a session not revoked or expired
    WorkspaceScope enterWithKey(const ApiRequest& request, const QString& workspaceId);
    AuthContext admit(const ApiRequest& request, const SessionRecord& session, qint64 idleLimitMs);
    void touchMembership(const MemberRecord& member, SessionStore::Activity activity);
    static void requireTwoFactorIfAsked(const WorkspaceRecord& workspace, const UserRecord& user);

    ServerContext& m_context;
};

} // namespace nacre::server
