#pragma once

namespace nacre::server {

class Authenticator;
class Router;
struct Services;

// The routes of one resource (one file each). A route parses the request, authenticates through
// the Authenticator, calls one service operation and renders its result. Route groups see the
// services, never the stores.
class RouteGroup
{
public:
    RouteGroup(Services& services, Authenticator& authenticator)
        : m_services(services)
        , m_auth(authenticator)
    { }
    virtual ~RouteGroup() = default;
    RouteGroup(const RouteGroup&) = delete;
    RouteGroup& operator=(const RouteGroup&) = delete;

    virtual void install(Router& router) = 0;

protected:
    Services& m_services;
    Authenticator& m_auth;
};

} // namespace nacre::server
