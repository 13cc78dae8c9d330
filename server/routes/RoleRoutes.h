#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET|POST /workspaces/{ws}/roles, GET|PATCH|DELETE /workspaces/{ws}/roles/{role} (DELETE with
// ?moveTo= moves the role's members and open invitations to another role first).
class RoleRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
