#pragma once

#include "audit/AuditLog.h"
#include "auth/Authenticator.h"

namespace nacre::server {

struct ServerContext;

// What every domain service shares. A service operation takes the actor and a typed input,
// authorizes itself through AccessPolicy, runs in one transaction, writes its audit event and
// returns a typed result; routes only parse, call one operation and render.
class Service
{
public:
    explicit Service(ServerContext& context)
        : m_context(context)
    { }
    Service(const Service&) = delete;
    Service& operator=(const Service&) = delete;

protected:
    qint64 now() const;
    // Records `entry` in the scope's workspace, as the scope's actor, from the request's address
    // (fields the entry leaves empty).
    void audit(const WorkspaceScope& scope, AuditEntry entry) const;
    // The actor's membership as it stands now, inside the caller's write transaction: a role changed
    // or a member removed since the request was authenticated counts, not the state read before.
    //
    // Every write inside a workspace starts here, and this first locks the workspace's row: writes in
    // one workspace run one after another on every database. That is what keeps the rules that span
    // rows true under PostgreSQL's READ COMMITTED — "count the Owners, then demote one", "the actor
    // may grant this role", "no newer invitation for this address" — when two nacred serve the same
    // workspace at once: the second waits, then reads what the first committed. (On SQLite, BEGIN
    // IMMEDIATE already serialises all writers.)
    MemberRecord currentActor(const WorkspaceScope& scope) const;
    // A role of the workspace named by a request field: 422 on that field when it is not one.
    RoleRecord requireRoleForField(const WorkspaceScope& scope, const QString& roleId, const QString& field) const;

    ServerContext& m_context;
};

} // namespace nacre::server
