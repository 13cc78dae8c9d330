#pragma once

#include "routes/RouteGroup.h"

#include <QString>

namespace nacre::server {

struct InvitationRecord;

// GET|POST /workspaces/{ws}/invitations, POST .../{id}/resend, DELETE .../{id};
// GET /invitations/{token}, POST /invitations/{token}/accept.
class InvitationRoutes : public RouteGroup
{
public:
    static constexpr int MaxEmailsPerRequest = 500;

    using RouteGroup::RouteGroup;
    void install(Router& router) override;

private:
    void sendMail(const InvitationRecord& invitation, const QString& token) const;
    InvitationRecord requireUsable(const QString& token) const;
};

} // namespace nacre::server
