#include "services/AuditService.h"

#include "ServerContext.h"
#include "policy/AccessPolicy.h"

namespace nacre::server {

AuditPage AuditService::list(const WorkspaceScope& scope, const AuditQuery& query) const
{
    AccessPolicy::enforce({scope.actor, Action::ViewAuditLog});
    return m_context.audit.list(scope.workspace.id, query);
}

} // namespace nacre::server
