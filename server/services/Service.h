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
    // The actor's membership as it stands now, inside the caller's transaction: a role changed or
    // a member removed since the request was authenticated counts, not the state read before.
    MemberRecord currentActor(const WorkspaceScope& scope) const;
    // A role of the workspace named by a request field: 422 on that field when it is not one.
    RoleRecord requireRoleForField(const WorkspaceScope& scope, const QString& roleId, const QString& field) const;

    ServerContext& m_context;
};

} // namespace nacre::server
