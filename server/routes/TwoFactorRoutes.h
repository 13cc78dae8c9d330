#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// Two-factor sign-in for the signed-in account: POST /me/totp starts enrolment with the password (a
// new secret and its otpauth:// URI for the QR code), POST /me/totp/confirm turns it on with a first
// code, and DELETE /me/totp turns it off with the password. Each change is recorded in the
// account's security log.
class TwoFactorRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
