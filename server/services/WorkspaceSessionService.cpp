#include "services/WorkspaceSessionService.h"

#include "ServerContext.h"
#include "http/ApiError.h"
#include "policy/AccessPolicy.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nacre::server {

QList<MemberSession> WorkspaceSessionService::list(const WorkspaceScope& scope, const QString& userId) const
{
    AccessPolicy::enforce({scope.actor, Action::ManageSessions});
    QHash<QString, MemberRecord> members;
    QList<MemberSession> sessions;
    for (const SessionRecord& session : m_context.sessions.listActiveOfMembers(scope.workspace.id, userId, now())) {
        auto found = members.find(session.userId);
        if (found == members.end()) {
            const auto member = m_context.members.find(scope.workspace.id, session.userId);
            if (!member)
                continue; // left meanwhile
            found = members.insert(session.userId, *member);
        }
        sessions.append(MemberSession {session, *found});
    }
    return sessions;
}

MemberRecord WorkspaceSessionService::requireTarget(
    const WorkspaceScope& scope, const MemberRecord& actor, const QString& userId, const QString& what) const
{
    const auto target = userId.isEmpty() ? std::nullopt : m_context.members.find(scope.workspace.id, userId);
    AccessPolicy::enforce({actor, Action::ManageSessions}); // a missing permission before "not found"
    if (!target)
        throw ApiError::notFound(what);
    AccessRequest access {actor, Action::ManageSessions};
    access.targetMember = &*target;
    AccessPolicy::enforce(access);
    return *target;
}

void WorkspaceSessionService::endSession(const WorkspaceScope& scope, const QString& sessionId)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    const auto session = m_context.sessions.find(sessionId);
    const bool live = session && session->revokedAt == 0 && session->expiresAt > now();
    // A session of someone outside this workspace is as unknown here as one that never existed.
    const MemberRecord target = requireTarget(scope, actor, live ? session->userId : QString(), u"session"_s);
    m_context.sessions.revoke(target.userId, sessionId, now());
    const QJsonObject ended {
        {u"sessionId"_s, sessionId}, {u"address"_s, session->address}, {u"client"_s, session->userAgent}};
    audit(scope,
        {.type = AuditEventType::MemberSessionEnded,
            .targetType = u"member"_s,
            .targetId = target.userId,
            .before = ended});
    m_context.securityLog.record(target.userId, SecurityEventType::SessionEnded, scope.auth.origin,
        QJsonObject {{u"sessionId"_s, sessionId}, {u"endedIn"_s, scope.workspace.settings.name}}, now());
    transaction.commit();
}

int WorkspaceSessionService::signOutMember(const WorkspaceScope& scope, const QString& userId)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    const MemberRecord target = requireTarget(scope, actor, userId, u"member"_s);
    const int ended = m_context.sessions.revokeAll(target.userId, now());
    audit(scope,
        {.type = AuditEventType::MemberSignedOut,
            .targetType = u"member"_s,
            .targetId = target.userId,
            .after = QJsonObject {{u"sessionsEnded"_s, ended}}});
    if (ended > 0)
        m_context.securityLog.record(target.userId, SecurityEventType::SessionEnded, scope.auth.origin,
            QJsonObject {{u"sessionsEnded"_s, ended}, {u"endedIn"_s, scope.workspace.settings.name}}, now());
    transaction.commit();
    return ended;
}

} // namespace nacre::server
