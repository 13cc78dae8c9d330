#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET|POST /workspaces, GET|PATCH|DELETE /workspaces/{ws}.
class WorkspaceRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
