#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET|POST /workspaces/{ws}/invitations, POST .../{id}/resend, POST .../{id}/link, DELETE .../{id};
// GET /invitations/{token}, POST /invitations/{token}/accept.
class InvitationRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
