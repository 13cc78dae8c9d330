#pragma once

#include "validation/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace nacre {

// The signed-in account: the same in every workspace.
struct UserProfile
{
    QString id;
    QString email;
    QString displayName;
    QString locale = QStringLiteral("en");
    QString timeZone = QStringLiteral("UTC");
    bool twoFactorEnabled = false;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<UserProfile> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const UserProfile&, const UserProfile&) = default;
};

} // namespace nacre
