#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// The signed-in account, the same in every workspace: GET|PATCH /me, POST /me/password,
// GET /me/sessions, DELETE /me/sessions/{id}, GET /me/security-log.
class MeRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
