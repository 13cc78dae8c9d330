#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET /workspaces/{ws}/sessions?member=; DELETE /workspaces/{ws}/sessions/{session};
// DELETE /workspaces/{ws}/members/{user}/sessions
class WorkspaceSessionRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
