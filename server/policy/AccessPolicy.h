#pragma once

#include "store/Records.h"

#include <optional>

namespace nacre::server {

enum class Action {
    ReadWorkspace,
    EditGeneralSettings,
    EditAdvancedSettings,
    DeleteWorkspace,
    ListMembers,
    ChangeMemberRole,
    RemoveMember,
    LeaveWorkspace,
    Invite,
    ManageInvitations,
    ListRoles,
    CreateRole,
    EditRole,
    DeleteRole,
    ViewAuditLog,
};

// Everything a decision may look at besides the actor: the member acted on, the role acted on, the
// role being given, the permissions being written into a role, and how many Owners there are.
struct AccessRequest
{
    AccessRequest(const MemberRecord& acting, Action requested)
        : actor(acting)
        , action(requested)
    { }

    const MemberRecord& actor;
    Action action;
    const MemberRecord* targetMember = nullptr;
    const RoleRecord* targetRole = nullptr;
    const RoleRecord* grantedRole = nullptr;
    std::optional<PermissionSet> grantedPermissions;
    int ownerCount = 0;
};

struct AccessDecision
{
    bool allowed = true;
    int status = 200;
    QString code;
    QString reason; // a sentence for the person who was refused

    static AccessDecision allow() { return {}; }
};

// The one place that decides who may do what in a workspace (DESIGN.md's rules): permissions,
// no escalation, owner-only actions, the last Owner, and nobody changing their own role.
// Workspace isolation is enforced before this, by only ever loading rows of the workspace in the URL.
class AccessPolicy
{
public:
    static AccessDecision decide(const AccessRequest& request);
    static void enforce(const AccessRequest& request); // throws ApiError when refused
};

} // namespace nacre::server
