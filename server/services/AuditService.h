#pragma once

#include "services/Service.h"

namespace nacre::server {

// Reading a workspace's audit log (writing happens inside each service's own transaction).
class AuditService : public Service
{
public:
    using Service::Service;

    AuditPage list(const WorkspaceScope& scope, const AuditQuery& query) const;
};

} // namespace nacre::server
