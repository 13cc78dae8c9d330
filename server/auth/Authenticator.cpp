#include "auth/Authenticator.h"

#include "ServerContext.h"
#include "auth/ApiKeyAccess.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "http/ApiRequest.h"
#include "validation/SessionTimeout.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "nacre.server.auth")

namespace nacre::server {

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
// Activity is written at most this often, so reading does not turn into a write per request.
constexpr qint64 TouchIntervalMs = 15 * 1000;

SessionStore::Activity activityOf(const ApiRequest& request)
{
    return request.isBackground() ? SessionStore::Activity::Background : SessionStore::Activity::Person;
}

} // namespace

Origin Authenticator::originOf(const ApiRequest& request)
{
    const QString text = request.remoteAddress.toString(); // already plain IPv4 where it is (clientAddress)
    return Origin {.address = text.isNull() ? QString(u""_s) : text, .userAgent = request.userAgent()};
}

AuthContext Authenticator::authenticate(const ApiRequest& request)
{
    // Outside a workspace the longest timeout any workspace may set applies; inside one, its own.
    return admit(request, liveSession(request), qint64(SessionTimeout::MaxMinutes) * MinuteMs);
}

SessionRecord Authenticator::liveSession(const ApiRequest& request) const
{
    const QString token = request.bearerToken();
    if (token.isEmpty())
        throw ApiError::unauthenticated();
    if (ApiKeyAccess::isKeySecret(token))
        throw ApiError::unauthenticated(u"An API key works only on its own workspace's routes "
                                        "(/api/v1/workspaces/{id}/…); sign in for the rest."_s);
    const auto session = m_context.sessions.findByTokenHash(Tokens::hash(token));
    if (!session || session->revokedAt != 0 || session->expiresAt <= m_context.clock.nowMs())
        throw ApiError::unauthenticated(u"Your session has ended. Sign in again."_s);
    return *session;
}

AuthContext Authenticator::admit(const ApiRequest& request, const SessionRecord& session, qint64 idleLimitMs)
{
    const qint64 now = m_context.clock.nowMs();
    if (now - session.lastActiveAt > idleLimitMs) {
        m_context.sessions.revoke(session.userId, session.id, now);
        throw ApiError::unauthenticated(u"Your session expired after a period of inactivity. Sign in again."_s);
    }
    const auto user = m_context.users.findById(session.userId);
    if (!user)
        throw ApiError::unauthenticated();
    const SessionStore::Activity activity = activityOf(request);
    const qint64 since = activity == SessionStore::Activity::Person ? session.lastActiveAt : session.lastSeenAt;
    if (now - since >= TouchIntervalMs)
        m_context.sessions.touch(session.id, now, activity);
    return AuthContext {session, *user, originOf(request)};
}

QString Authenticator::issueSession(const UserRecord& user, const Origin& origin, SessionRecord* created)
{
    const qint64 now = m_context.clock.nowMs();
    const QString token = Tokens::generate(u"nks_"_s);
    SessionRecord session;
    session.id = Tokens::newId();
    session.userId = user.id;
    session.createdAt = now;
    session.lastSeenAt = now;
    session.lastActiveAt = now;
    session.expiresAt = now + m_context.options.sessionLifetimeMs;
    session.address = origin.address;
    session.userAgent = origin.userAgent;
    m_context.sessions.insert(session, Tokens::hash(token));
    if (created)
        *created = session;
    return token;
}

WorkspaceScope Authenticator::enterWorkspace(const ApiRequest& request, const QString& workspaceId, TwoFactor twoFactor)
{
    if (ApiKeyAccess::isKeySecret(request.bearerToken()))
        return enterWithKey(request, workspaceId);
    // The idle check needs the timeout of the workspace acted in, so the workspace and membership
    // are loaded before the session is admitted (which records its activity) — once each.
    const SessionRecord session = liveSession(request);
    const auto workspace = m_context.workspaces.find(workspaceId);
    const auto member = workspace ? m_context.members.find(workspaceId, session.userId) : std::nullopt;
    const qint64 idleLimit = member ? qint64(workspace->settings.sessionTimeoutMinutes) * MinuteMs
                                    : qint64(SessionTimeout::MaxMinutes) * MinuteMs;
    const AuthContext auth = admit(request, session, idleLimit);
    if (!workspace || !member)
        throw ApiError::notFound(u"workspace"_s);
    if (twoFactor == TwoFactor::Enforced)
        requireTwoFactorIfAsked(*workspace, auth.user);
    touchMembership(*member, activityOf(request));
    return WorkspaceScope {auth, *workspace, *member};
}

WorkspaceScope Authenticator::enterWithKey(const ApiRequest& request, const QString& workspaceId)
{
    const qint64 now = m_context.clock.nowMs();
    const auto key = m_context.apiKeys.findBySecretHash(Tokens::hash(request.bearerToken()));
    // One answer for a key that never existed, was revoked, has expired or belongs elsewhere.
    if (!key || !key->isUsable(now) || key->workspaceId != workspaceId)
        throw ApiError::unauthenticated(
            u"This API key is not valid here: it was revoked, has expired, or belongs to another workspace."_s);
    const auto workspace = m_context.workspaces.find(workspaceId);
    const auto creator = key->createdBy.isEmpty() ? std::nullopt : m_context.members.find(workspaceId, key->createdBy);
    const auto user = creator ? m_context.users.findById(key->createdBy) : std::nullopt;
    if (!workspace || !creator || !user)
        throw ApiError::unauthenticated(
            u"This API key no longer works: the member who created it has left the workspace."_s);
    // Keys are not asked for two-factor sign-in: the member who made one passed the workspace's rule then.
    const Origin origin = originOf(request);
    if (now - key->lastUsedAt >= TouchIntervalMs || key->lastUsedAddress != origin.address)
        m_context.apiKeys.recordUse(key->id, now, origin.address);
    return WorkspaceScope {
        AuthContext {SessionRecord {}, *user, origin, *key}, *workspace, ApiKeyAccess::actorFor(*creator, *key)};
}

void Authenticator::requireTwoFactorIfAsked(const WorkspaceRecord& workspace, const UserRecord& user)
{
    if (workspace.settings.requireTwoFactor && !user.twoFactorEnabled)
        throw ApiError(403, ProblemCode::TwoFactorRequired, u"Two-factor sign-in required"_s,
            u"\u201c%1\u201d requires two-factor sign-in. Turn it on under Security, then try again."_s.arg(
                workspace.settings.name))
            .withMember(u"workspaceName"_s, workspace.settings.name);
}

WorkspaceScope Authenticator::enterWorkspace(const AuthContext& auth, const QString& workspaceId)
{
    const auto workspace = m_context.workspaces.find(workspaceId);
    const auto member = workspace ? m_context.members.find(workspaceId, auth.user.id) : std::nullopt;
    if (!workspace || !member)
        throw ApiError::notFound(u"workspace"_s);
    touchMembership(*member, SessionStore::Activity::Person);
    return WorkspaceScope {auth, *workspace, *member};
}

void Authenticator::touchMembership(const MemberRecord& member, SessionStore::Activity activity)
{
    // A member's "last active" in the member list is what they did, not what their app refreshed.
    if (activity == SessionStore::Activity::Background)
        return;
    const qint64 now = m_context.clock.nowMs();
    if (now - member.lastActiveAt >= TouchIntervalMs)
        m_context.members.touch(member.workspaceId, member.userId, now);
}

} // namespace nacre::server
