#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET, POST /workspaces/{ws}/api-keys; DELETE /workspaces/{ws}/api-keys/{key}
class ApiKeyRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
