#pragma once

#include "store/Records.h"

namespace nacre::server {

struct ServerContext;

// Creates a workspace the way every workspace starts: its own subscription (plan "free", billed
// separately), the built-in Owner, Admin and Member roles, and the creator as its Owner. Call inside
// a transaction; writes the audit event too.
class WorkspaceFactory
{
public:
    static WorkspaceRecord create(
        ServerContext& context, const QString& name, const UserRecord& owner, const QString& address);
    // Workspaces made before a built-in role existed get it (at server start). Returns how many.
    static int addMissingBuiltinRoles(ServerContext& context);

private:
    static RoleRecord addBuiltinRole(ServerContext& context, const QString& workspaceId, BuiltinRole builtin);
};

} // namespace nacre::server
