#pragma once

#include "routes/RouteGroup.h"

#include <QString>

namespace nacre::server {

// POST /api/v1/auth/setup (first run only), /auth/login, /auth/logout; GET /auth/status.
class AuthRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;

private:
    void throttle(const QString& email, const QString& address);
    void recordFailure(const QString& email, const QString& address, const QString& reason);
};

} // namespace nacre::server
