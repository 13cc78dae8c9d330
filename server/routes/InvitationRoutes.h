#pragma once

#include <QString>

namespace nacre::server {

class Authenticator;
class Router;
struct InvitationRecord;
struct ServerContext;

// GET|POST /workspaces/{ws}/invitations, POST .../{id}/resend, DELETE .../{id};
// GET /invitations/{token}, POST /invitations/{token}/accept.
class InvitationRoutes
{
public:
    static constexpr int MaxEmailsPerRequest = 500;

    InvitationRoutes(ServerContext& context, Authenticator& authenticator)
        : m_context(context)
        , m_auth(authenticator)
    { }
    void install(Router& router);

private:
    void sendMail(const InvitationRecord& invitation, const QString& token) const;
    InvitationRecord requireUsable(const QString& token) const;

    ServerContext& m_context;
    Authenticator& m_auth;
};

} // namespace nacre::server
