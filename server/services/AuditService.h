#pragma once

#include "audit/AuditChain.h"
#include "services/Service.h"

namespace nacre::server {

// Reading a workspace's audit log (writing happens inside each service's own transaction).
class AuditService : public Service
{
public:
    using Service::Service;

    AuditPage list(const WorkspaceScope& scope, const AuditQuery& query) const;

    // The workspace's hash chain checked from its first event to its head (the last hash, which an
    // archive can keep to prove later that the chain was not rewritten whole).
    AuditVerification verify(const WorkspaceScope& scope) const;
};

} // namespace nacre::server
