#include "services/MemberService.h"

#include "ServerContext.h"
#include "http/ApiError.h"
#include "policy/AccessPolicy.h"
#include "services/Versions.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

MemberRecord MemberService::requireMember(const WorkspaceScope& scope, const QString& userId) const
{
    const auto member = m_context.members.find(scope.workspace.id, userId);
    if (!member)
        throw ApiError::notFound(u"member"_s);
    return *member;
}

MemberPage MemberService::list(const WorkspaceScope& scope, const MemberQuery& query) const
{
    AccessPolicy::enforce({scope.actor, Action::ListMembers});
    return m_context.members.list(scope.workspace.id, query);
}

MemberRecord MemberService::get(const WorkspaceScope& scope, const QString& userId) const
{
    if (userId != scope.actor.userId)
        AccessPolicy::enforce({scope.actor, Action::ListMembers});
    return requireMember(scope, userId);
}

MemberDetails MemberService::details(const WorkspaceScope& scope, const MemberRecord& member) const
{
    MemberDetails details;
    if (const auto accepted = m_context.invitations.findAccepted(scope.workspace.id, member.email)) {
        details.invitation = MemberDetails::Invitation {.invitedBy = accepted->invitation.invitedBy,
            .invitedAt = accepted->invitation.createdAt,
            .acceptedAt = fromMs(accepted->acceptedAt)};
    }
    details.activeSessions = int(m_context.sessions.listActive(member.userId, now()).size());
    return details;
}

MemberRecord MemberService::changeRole(
    const WorkspaceScope& scope, const QString& userId, const QString& roleId, const QByteArray& ifMatch)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessPolicy::enforce({actor, Action::ListMembers});
    const MemberRecord target = requireMember(scope, userId);
    const RoleRecord role = requireRoleForField(scope, roleId, u"roleId"_s);
    AccessRequest access {actor, Action::ChangeMemberRole};
    access.targetMember = &target;
    access.grantedRole = &role;
    access.ownerCount = m_context.members.countOwners(scope.workspace.id);
    AccessPolicy::enforce(access);
    Versions::requireMatch(ifMatch, Versions::of(target));

    if (target.role.role.id != role.role.id) {
        if (!m_context.members.changeRole(scope.workspace.id, target.userId, role.role.id, target.version))
            throw ApiError::preconditionFailed();
        audit(scope,
            {.type = AuditEventType::MemberRoleChanged,
                .targetType = u"member"_s,
                .targetId = target.userId,
                .before = QJsonObject {{u"role"_s, target.role.role.name}},
                .after = QJsonObject {{u"role"_s, role.role.name}}});
    }
    const MemberRecord updated = requireMember(scope, target.userId);
    transaction.commit();
    return updated;
}

void MemberService::remove(const WorkspaceScope& scope, const QString& userId)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessPolicy::enforce({actor, Action::ListMembers});
    const MemberRecord target = requireMember(scope, userId);
    AccessRequest access {actor, Action::RemoveMember};
    access.targetMember = &target;
    access.ownerCount = m_context.members.countOwners(scope.workspace.id);
    AccessPolicy::enforce(access);
    m_context.members.remove(scope.workspace.id, target.userId);
    audit(scope,
        {.type = AuditEventType::MemberRemoved,
            .targetType = u"member"_s,
            .targetId = target.userId,
            .before = QJsonObject {{u"email"_s, target.email}, {u"role"_s, target.role.role.name}}});
    transaction.commit();
}

void MemberService::leave(const WorkspaceScope& scope)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessRequest access {actor, Action::LeaveWorkspace};
    access.ownerCount = m_context.members.countOwners(scope.workspace.id);
    AccessPolicy::enforce(access);
    m_context.members.remove(scope.workspace.id, actor.userId);
    audit(scope,
        {.type = AuditEventType::MemberLeft,
            .targetType = u"member"_s,
            .targetId = actor.userId,
            .before = QJsonObject {{u"role"_s, actor.role.role.name}}});
    transaction.commit();
}

} // namespace nacre::server
