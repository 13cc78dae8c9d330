#pragma once

#include "domain/RoleRef.h"

#include <QDateTime>

namespace nacre {

// A person's membership of one workspace.
struct Member
{
    QString userId;
    QString displayName;
    QString email;
    RoleRef role;
    bool twoFactorEnabled = false;
    QDateTime joinedAt;
    QDateTime lastActiveAt; // invalid when the member has not been active yet

    QJsonObject toJson() const;
    static Result<Member> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const Member&, const Member&) = default;
};

} // namespace nacre
