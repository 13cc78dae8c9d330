#pragma once

#include "store/Records.h"

namespace nacre::server {

struct ServerContext;

// Creates a workspace the way every workspace starts: its own subscription (plan "free", billed
// separately), the built-in Owner and Admin roles, and the creator as its Owner. Call inside a
// transaction; writes the audit event too.
class WorkspaceFactory
{
public:
    static WorkspaceRecord create(
        ServerContext& context, const QString& name, const UserRecord& owner, const QString& address);
};

} // namespace nacre::server
