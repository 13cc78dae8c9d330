#pragma once

#include "services/Service.h"

#include <optional>

namespace nacre::server {

struct RoleInput
{
    QString name;
    PermissionSet permissions;
};

struct RolePatch
{
    std::optional<QString> name;
    std::optional<PermissionSet> permissions;
};

// Roles of a workspace. Editing a role's permissions grants them to every holder, and deleting one
// with `moveTo` gives every holder another role: both follow the grant rules of giving roles one by
// one.
class RoleService : public Service
{
public:
    using Service::Service;

    QList<RoleRecord> list(const WorkspaceScope& scope) const;
    RoleRecord get(const WorkspaceScope& scope, const QString& roleId) const;
    RoleRecord create(const WorkspaceScope& scope, const RoleInput& input);
    RoleRecord update(
        const WorkspaceScope& scope, const QString& roleId, const RolePatch& patch, const QByteArray& ifMatch);
    // Refused while members or open invitations hold the role, unless `moveTo` names the role they
    // get instead (checked like each change one by one, all in one transaction).
    void remove(const WorkspaceScope& scope, const QString& roleId, const QString& moveTo);

private:
    RoleRecord requireRole(const WorkspaceScope& scope, const QString& roleId) const;
    void requireUniqueName(const WorkspaceScope& scope, const QString& name, const QString& exceptRoleId = {}) const;
    QJsonObject moveHolders(
        const WorkspaceScope& scope, const MemberRecord& actor, const RoleRecord& role, const QString& moveTo);
};

} // namespace nacre::server
