#pragma once

#include "routes/RouteGroup.h"

#include <QJsonObject>

namespace nacre::server {

struct ApiRequest;
struct RoleRecord;
struct WorkspaceScope;

// GET|POST /workspaces/{ws}/roles, GET|PATCH|DELETE /workspaces/{ws}/roles/{role} (DELETE with
// ?moveTo= moves the role's members and open invitations to another role first).
class RoleRoutes : public RouteGroup
{
public:
    using RouteGroup::RouteGroup;
    void install(Router& router) override;

private:
    // Gives the role's members and open invitations `moveTo`, checking and auditing each change;
    // returns what moved, for the role.deleted audit entry.
    QJsonObject moveHolders(
        const ApiRequest& request, const WorkspaceScope& scope, const RoleRecord& role, const QString& moveTo);
};

} // namespace nacre::server
