#include "services/AuditService.h"

#include "ServerContext.h"
#include "policy/AccessPolicy.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

AuditPage AuditService::list(const WorkspaceScope& scope, const AuditQuery& query) const
{
    AccessPolicy::enforce({scope.actor, Action::ViewAuditLog});
    return m_context.audit.list(scope.workspace.id, query);
}

AuditVerification AuditService::verify(const WorkspaceScope& scope) const
{
    AccessPolicy::enforce({scope.actor, Action::ViewAuditLog});
    // One snapshot: events written meanwhile wait (SQLite) or are not seen (PostgreSQL), so a
    // chain being appended to is not mistaken for a broken one.
    Transaction reading(m_context.db);
    if (!m_context.db.isSqlite())
        SqlQuery(m_context.db, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s).exec();
    const AuditVerification verified = AuditChain(m_context.db).verify(scope.workspace.id);
    reading.commit();
    return verified;
}

} // namespace nacre::server
