#pragma once

#include "domain/Role.h"
#include "domain/UserProfile.h"
#include "domain/WorkspaceSettings.h"

#include <QString>

namespace nacre::server {

// Rows as the server handles them. Times are milliseconds since the epoch (UTC), 0 meaning "none".

struct UserRecord
{
    QString id;
    QString email;
    QString displayName;
    QString passwordHash;
    QString locale = QStringLiteral("en");
    QString timeZone = QStringLiteral("UTC");
    bool twoFactorEnabled = false;
    qint64 version = 1;
    qint64 createdAt = 0;

    UserProfile toProfile() const;
};

struct SessionRecord
{
    QString id;
    QString userId;
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0; // any request
    qint64 lastActiveAt = 0; // requests the person made (not the app's own refreshes): idle time
    qint64 expiresAt = 0;
    qint64 revokedAt = 0;
    QString address;
    QString userAgent;
};

// A workspace API key as stored (without its secret, of which only the hash is kept).
struct ApiKeyRecord
{
    QString id;
    QString workspaceId;
    QString name;
    QString prefix;
    PermissionSet permissions;
    QString createdBy; // the creator's user id; empty once that account is gone
    QString createdByName;
    qint64 createdAt = 0;
    qint64 expiresAt = 0; // 0: never
    qint64 lastUsedAt = 0; // 0: never used
    QString lastUsedAddress;
    qint64 revokedAt = 0;

    bool isUsable(qint64 now) const { return revokedAt == 0 && (expiresAt == 0 || now < expiresAt); }
};

struct WorkspaceRecord
{
    QString id;
    WorkspaceSettings settings;
    QString plan;
    qint64 version = 1;
    qint64 createdAt = 0;
};

struct RoleRecord
{
    Role role; // id, name, builtin, permissions, memberCount
    QString workspaceId;
    qint64 version = 1;
};

struct MemberRecord
{
    QString workspaceId;
    QString userId;
    QString displayName;
    QString email;
    bool twoFactorEnabled = false;
    RoleRecord role;
    qint64 joinedAt = 0;
    qint64 lastActiveAt = 0;
    qint64 version = 1;
    // Set when an API key acts for this member (its creator): `role` is then narrowed to what the
    // key may do (ApiKeyAccess), so every rule that looks at the actor's role bounds the key too.
    QString actingKeyId;

    PermissionSet permissions() const { return role.role.permissions; }
    bool isApiKey() const { return !actingKeyId.isEmpty(); }
    bool isOwner() const { return role.role.builtin == BuiltinRole::Owner; }
};

QDateTime fromMs(qint64 msecs); // invalid for 0

} // namespace nacre::server
