#pragma once

#include "domain/RoleRef.h"
#include "permissions/PermissionSet.h"

#include <QDateTime>

namespace nacre {

// A workspace API key as listed: the secret is shown once at creation and never again; `prefix`
// (its first characters) lets people tell keys apart.
struct ApiKey
{
    QString id;
    QString name;
    QString prefix;
    PermissionSet permissions;
    PersonRef createdBy;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid when never used
    QString lastUsedAddress; // where it was last used from; empty when never used
    QDateTime expiresAt; // invalid when it does not expire

    QJsonObject toJson() const;
    static Result<ApiKey> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const ApiKey&, const ApiKey&) = default;
};

} // namespace nacre
