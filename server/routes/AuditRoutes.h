#pragma once

namespace nacre::server {

class Authenticator;
class Router;
struct ServerContext;

// GET /workspaces/{ws}/audit-log?from=&until=&type=&actor=&cursor=&limit=
class AuditRoutes
{
public:
    AuditRoutes(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    void install(Router& router);

private:
    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
