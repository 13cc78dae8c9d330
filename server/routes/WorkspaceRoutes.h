#pragma once

namespace nacre::server {

class Authenticator;
class Router;
struct ServerContext;

// GET|POST /workspaces, GET|PATCH|DELETE /workspaces/{ws}.
class WorkspaceRoutes
{
public:
    WorkspaceRoutes(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    void install(Router& router);

private:
    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
