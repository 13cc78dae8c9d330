#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET /workspaces/{ws}/members, GET|PATCH|DELETE /workspaces/{ws}/members/{user},
// POST /workspaces/{ws}/leave.
class MemberRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
