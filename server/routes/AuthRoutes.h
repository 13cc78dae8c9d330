#pragma once

#include <QString>

namespace nacre::server {

class Authenticator;
class Router;
struct ServerContext;

// POST /api/v1/auth/setup (first run only), /auth/login, /auth/logout.
class AuthRoutes
{
public:
    AuthRoutes(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    void install(Router& router);

private:
    void throttle(const QString& email, const QString& address);
    void recordFailure(const QString& email, const QString& address, const QString& reason);

    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
