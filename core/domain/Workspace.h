#pragma once

#include "domain/RoleRef.h"
#include "permissions/PermissionSet.h"

#include <QDateTime>

namespace nacre {

// A workspace as the switcher lists it: with the signed-in account's role and effective permissions.
struct Workspace
{
    QString id;
    QString name;
    QString plan; // each workspace has its own subscription ("free" until billing exists)
    QDateTime createdAt;
    RoleRef myRole;
    PermissionSet myPermissions;
    bool requiresTwoFactor = false; // members must sign in with two-factor to act in it
    int sessionTimeoutMinutes = 60; // idle sessions expire after this long (the app warns before)
    QString defaultRoleId; // what the invite dialog offers first (WorkspaceSettings::defaultRoleId)

    bool amOwner() const { return myRole.isOwner(); }
    bool can(Permission permission) const { return myPermissions.contains(permission); }

    QJsonObject toJson() const;
    static Result<Workspace> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const Workspace&, const Workspace&) = default;
};

} // namespace nacre
