#pragma once

#include "routes/RouteGroup.h"

namespace nacre::server {

// GET /invite/{token}: the invitation's web page, for people (the API's JSON is for the app).
class InvitationPageRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;
};

} // namespace nacre::server
