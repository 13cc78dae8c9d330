#pragma once

#include "routes/RouteGroup.h"

#include <QString>

namespace nacre::server {

struct UserRecord;

// POST /api/v1/auth/setup (first run only), /auth/login, /auth/logout; GET /auth/status.
class AuthRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;

private:
    void throttle(const QString& email, const QString& address);
    void recordFailure(const QString& email, const QString& address, const QString& reason);
    // For an account with two-factor sign-in: 401 totp_required without a code, totp_invalid for a
    // wrong or already used one.
    void checkOneTimeCode(const UserRecord& user, const QString& code, const QString& address);
};

} // namespace nacre::server
