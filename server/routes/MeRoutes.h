#pragma once

namespace nacre::server {

class Authenticator;
class Router;
struct ServerContext;

// The signed-in account, the same in every workspace: GET|PATCH /me, POST /me/password,
// GET /me/sessions, DELETE /me/sessions/{id}.
class MeRoutes
{
public:
    MeRoutes(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    void install(Router& router);

private:
    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
