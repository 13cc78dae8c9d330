#pragma once

#include "domain/Member.h"

#include <optional>

namespace nacre {

// What the member table does not show and an admin asks about one person: how they came in (the
// invitation they accepted and who sent it) and how many sessions their account has open now.
// Read one member at a time (GET …/members/{user}), never for a whole page.
struct MemberDetails
{
    struct Invitation
    {
        PersonRef invitedBy; // null when the inviter's account is gone
        QDateTime invitedAt;
        QDateTime acceptedAt;

        static Result<Invitation> fromJson(const QJsonObject& object, const QString& path = {});
        friend bool operator==(const Invitation&, const Invitation&) = default;
    };

    std::optional<Invitation> invitation; // none: a founder, or added without an invitation
    int activeSessions = 0; // signed-in sessions of the account, on any device

    QJsonObject toJson() const;
    static Result<MemberDetails> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const MemberDetails&, const MemberDetails&) = default;
};

} // namespace nacre
