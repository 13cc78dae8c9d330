#include "services/Service.h"

#include "ServerContext.h"
#include "auth/ApiKeyAccess.h"
#include "http/ApiError.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

qint64 Service::now() const
{
    return m_context.clock.nowMs();
}

void Service::audit(const WorkspaceScope& scope, AuditEntry entry) const
{
    if (entry.workspaceId.isEmpty())
        entry.workspaceId = scope.workspace.id;
    if (entry.actor.id.isEmpty() && scope.auth.apiKey) {
        entry.actor = PersonRef {scope.auth.apiKey->id, scope.auth.apiKey->name};
        entry.actorKind = AuditActorKind::ApiKey;
    } else if (entry.actor.id.isEmpty()) {
        entry.actor = scope.auth.person();
    }
    if (entry.address.isEmpty())
        entry.address = scope.auth.origin.address;
    m_context.audit.record(entry, now());
}

MemberRecord Service::currentActor(const WorkspaceScope& scope) const
{
    m_context.workspaces.lockForChange(scope.workspace.id);
    const auto member = m_context.members.find(scope.workspace.id, scope.actor.userId);
    if (!member)
        throw ApiError::notFound(u"workspace"_s);
    // A key stays bounded by itself and by its creator's role as it is now.
    return scope.auth.apiKey ? ApiKeyAccess::actorFor(*member, *scope.auth.apiKey) : *member;
}

RoleRecord Service::requireRoleForField(const WorkspaceScope& scope, const QString& roleId, const QString& field) const
{
    return m_context.roles.requireForField(scope.workspace.id, roleId, field);
}

} // namespace nacre::server
