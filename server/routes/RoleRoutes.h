#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET|POST /workspaces/{ws}/roles, GET|PATCH|DELETE /workspaces/{ws}/roles/{role}.
class RoleRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
