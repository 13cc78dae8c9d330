#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET /workspaces/{ws}/audit-log?from=&until=&type=&actor=&cursor=&limit=
class AuditRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
