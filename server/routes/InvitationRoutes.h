#pragma once

#include "routes/RouteGroup.h"

#include <QString>

#include <utility>

namespace nacre::server {

struct ApiRequest;
struct InvitationRecord;

// GET|POST /workspaces/{ws}/invitations, POST .../{id}/resend, POST .../{id}/link, DELETE .../{id};
// GET /invitations/{token}, POST /invitations/{token}/accept.
class InvitationRoutes : public RouteGroup
{
public:
    static constexpr int MaxEmailsPerRequest = 500;

    using RouteGroup::RouteGroup;
    void install(Router& router) override;

private:
    QString invitationLink(const QString& token) const;
    // A new token and a new expiry for a pending or expired invitation, audited as `auditAction`;
    // returns the renewed record and the token (the only time it exists in clear).
    std::pair<InvitationRecord, QString> renew(ApiRequest& request, const QString& auditAction) const;
    void sendMail(const InvitationRecord& invitation, const QString& token) const;
    InvitationRecord requireUsable(const QString& token) const;
    // A pending or expired invitation of the workspace; 404 otherwise.
    InvitationRecord requireOpen(const QString& workspaceId, const QString& invitationId) const;
};

} // namespace nacre::server
