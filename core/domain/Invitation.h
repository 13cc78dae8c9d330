#pragma once

#include "domain/MailDelivery.h"
#include "domain/RoleRef.h"

#include <QDateTime>

#include <array>

namespace nacre {

enum class InvitationStatus : quint8 { Pending, Accepted, Revoked, Expired };

inline constexpr std::array<EnumName<InvitationStatus>, 4> InvitationStatusNames {{
    {InvitationStatus::Pending, QLatin1String("pending")},
    {InvitationStatus::Accepted, QLatin1String("accepted")},
    {InvitationStatus::Revoked, QLatin1String("revoked")},
    {InvitationStatus::Expired, QLatin1String("expired")},
}};

// An invitation to join a workspace. The token itself is never part of it: the server keeps only a
// hash, and the link travels by mail.
struct Invitation
{
    static constexpr int ValidityDays = 7;

    QString id;
    QString email;
    RoleRef role;
    PersonRef invitedBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    InvitationStatus status = InvitationStatus::Pending;
    MailDelivery delivery; // of the newest mail for it; none when it was never mailed

    bool isExpiredAt(const QDateTime& now) const
    {
        return status == InvitationStatus::Expired || (status == InvitationStatus::Pending && expiresAt <= now);
    }

    QJsonObject toJson() const;
    static Result<Invitation> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const Invitation&, const Invitation&) = default;
};

} // namespace nacre
