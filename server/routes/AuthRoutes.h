#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// POST /api/v1/auth/setup (first run only), /auth/login, /auth/logout, /auth/password-reset and
// /auth/password-reset/complete; GET /auth/status.
class AuthRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
