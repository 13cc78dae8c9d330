#pragma once

#include "domain/RoleRef.h"
#include "permissions/PermissionSet.h"

namespace nacre {

// A workspace's role with the permissions it grants and how many members hold it.
struct Role
{
    QString id;
    QString name;
    BuiltinRole builtin = BuiltinRole::None;
    PermissionSet permissions;
    int memberCount = 0;

    bool isBuiltin() const { return builtin != BuiltinRole::None; }
    RoleRef ref() const { return RoleRef {id, name, builtin}; }

    QJsonObject toJson() const;
    static Result<Role> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const Role&, const Role&) = default;
};

} // namespace nacre
