#pragma once

namespace nacre::server {

class Authenticator;
class Router;
struct ServerContext;

// The routes of one resource (one file each), sharing the server's context and authenticator.
class RouteGroup
{
public:
    RouteGroup(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    virtual ~RouteGroup() = default;
    RouteGroup(const RouteGroup&) = delete;
    RouteGroup& operator=(const RouteGroup&) = delete;

    virtual void install(Router& router) = 0;

protected:
    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
