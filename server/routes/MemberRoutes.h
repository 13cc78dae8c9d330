#pragma once

namespace nacre::server {

class Authenticator;
class Router;
struct ServerContext;

// GET /workspaces/{ws}/members, GET|PATCH|DELETE /workspaces/{ws}/members/{user},
// POST /workspaces/{ws}/leave.
class MemberRoutes
{
public:
    MemberRoutes(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    void install(Router& router);

private:
    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
