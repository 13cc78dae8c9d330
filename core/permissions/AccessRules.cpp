#include "permissions/AccessRules.h"

using namespace Qt::StringLiterals;

namespace nacre {

namespace {

AccessDecision deny(ProblemCode code, const QString& reason)
{
    return AccessDecision {.allowed = false, .code = code, .reason = reason};
}

AccessDecision missing(Permission permission)
{
    AccessDecision decision = deny(ProblemCode::MissingPermission,
        AccessRules::tr("Your role does not include \u201c%1\u201d.").arg(PermissionCatalog::label(permission)));
    decision.permission = permission;
    return decision;
}

AccessDecision require(const Holder& actor, Permission permission)
{
    return actor.permissions.contains(permission) ? AccessDecision::allow() : missing(permission);
}

// An actor may only give what they hold themselves.
AccessDecision checkGrant(const Holder& actor, const PermissionSet& granted)
{
    if (!granted.isSubsetOf(actor.permissions))
        return deny(ProblemCode::Escalation, AccessRules::tr("You can only grant permissions your own role includes."));
    return AccessDecision::allow();
}

AccessDecision checkGrantedRole(const Holder& actor, const RoleGrant& role)
{
    if (role.builtin == BuiltinRole::Owner && !actor.isOwner())
        return deny(ProblemCode::OwnerOnly, AccessRules::tr("Only an Owner can make someone an Owner."));
    return checkGrant(actor, role.permissions);
}

AccessDecision checkTargetMember(const Holder& actor, const Holder& target, bool removing)
{
    if (target.isOwner() && !actor.isOwner())
        return deny(ProblemCode::OwnerOnly,
            removing ? AccessRules::tr("Only an Owner can remove an Owner.")
                     : AccessRules::tr("Only an Owner can change an Owner's role."));
    if (!target.permissions.isSubsetOf(actor.permissions))
        return deny(ProblemCode::Escalation,
            removing ? AccessRules::tr("You cannot remove someone whose role has permissions yours does not.")
                     : AccessRules::tr("You cannot change the role of someone whose role has permissions "
                                       "yours does not."));
    return AccessDecision::allow();
}

AccessDecision checkEditableRole(const Holder& actor, const RoleGrant& role)
{
    if (role.builtin != BuiltinRole::None)
        return deny(ProblemCode::BuiltinRole,
            AccessRules::tr("The built-in %1 role cannot be changed.").arg(BuiltinRoles::displayName(role.builtin)));
    return checkGrant(actor, role.permissions);
}

} // namespace

AccessDecision AccessRules::decide(const AccessQuestion& q)
{
    const Holder& actor = q.actor;
    switch (q.action) {
    case Action::ReadWorkspace:
    case Action::ListRoles:
        return AccessDecision::allow();
    case Action::EditGeneralSettings:
        return require(actor, Permission::SettingsGeneral);
    case Action::EditAdvancedSettings:
        return require(actor, Permission::SettingsAdvanced);
    case Action::ViewAuditLog:
        return require(actor, Permission::AuditLogView);
    case Action::ManageApiKeys:
        if (actor.viaApiKey)
            return deny(ProblemCode::ApiKeyNotAllowed, tr("An API key cannot manage API keys; sign in to do that."));
        if (const AccessDecision base = require(actor, Permission::ResourcesApiKeys); !base.allowed)
            return base;
        return checkGrant(actor, q.grantedPermissions.value_or(PermissionSet {}));
    case Action::ManageSessions:
        if (const AccessDecision base = require(actor, Permission::SettingsAdvanced); !base.allowed)
            return base;
        if (q.targetMember && q.targetMember->isOwner() && !actor.isOwner())
            return deny(ProblemCode::OwnerOnly, tr("Only an Owner can sign out an Owner."));
        return AccessDecision::allow();
    case Action::ListMembers:
    case Action::ManageInvitations:
        return require(actor, Permission::ResourcesUsers);

    case Action::DeleteWorkspace:
        return actor.isOwner() ? AccessDecision::allow()
                               : deny(ProblemCode::OwnerOnly, tr("Only an Owner can delete the workspace."));

    case Action::LeaveWorkspace:
        if (actor.viaApiKey)
            return deny(ProblemCode::ApiKeyNotAllowed, tr("An API key cannot leave a workspace for its creator."));
        if (actor.isOwner() && q.ownerCount <= 1)
            return deny(ProblemCode::LastOwner,
                tr("You are the workspace's only Owner. Make someone else an Owner before you leave."));
        return AccessDecision::allow();

    case Action::Invite:
        if (const AccessDecision base = require(actor, Permission::ResourcesUsers); !base.allowed)
            return base;
        return q.grantedRole ? checkGrantedRole(actor, *q.grantedRole) : AccessDecision::allow();

    case Action::ChangeMemberRole: {
        if (const AccessDecision base = require(actor, Permission::ResourcesUsers); !base.allowed)
            return base;
        if (!q.targetMember)
            return AccessDecision::allow();
        if (q.targetMember->userId == actor.userId)
            return deny(ProblemCode::OwnRole, tr("Nobody can change their own role; ask another Owner or Admin."));
        if (const AccessDecision target = checkTargetMember(actor, *q.targetMember, false); !target.allowed)
            return target;
        if (!q.grantedRole)
            return AccessDecision::allow();
        if (const AccessDecision grant = checkGrantedRole(actor, *q.grantedRole); !grant.allowed)
            return grant;
        if (q.targetMember->isOwner() && q.grantedRole->builtin != BuiltinRole::Owner && q.ownerCount <= 1)
            return deny(ProblemCode::LastOwner, tr("A workspace needs at least one Owner."));
        return AccessDecision::allow();
    }

    case Action::RemoveMember: {
        if (const AccessDecision base = require(actor, Permission::ResourcesUsers); !base.allowed)
            return base;
        if (!q.targetMember)
            return AccessDecision::allow();
        if (q.targetMember->userId == actor.userId)
            return deny(ProblemCode::OwnMembership, tr("To remove yourself, leave the workspace instead."));
        if (const AccessDecision target = checkTargetMember(actor, *q.targetMember, true); !target.allowed)
            return target;
        if (q.targetMember->isOwner() && q.ownerCount <= 1)
            return deny(ProblemCode::LastOwner, tr("A workspace needs at least one Owner."));
        return AccessDecision::allow();
    }

    case Action::CreateRole:
        if (const AccessDecision base = require(actor, Permission::ResourcesUsers); !base.allowed)
            return base;
        return checkGrant(actor, q.grantedPermissions.value_or(PermissionSet {}));

    case Action::EditRole:
    case Action::DeleteRole: {
        if (const AccessDecision base = require(actor, Permission::ResourcesUsers); !base.allowed)
            return base;
        if (!q.targetRole)
            return AccessDecision::allow();
        if (const AccessDecision editable = checkEditableRole(actor, *q.targetRole); !editable.allowed)
            return editable;
        if (q.grantedPermissions)
            return checkGrant(actor, *q.grantedPermissions);
        return AccessDecision::allow();
    }
    }
    return deny(ProblemCode::Forbidden, tr("Not allowed."));
}

} // namespace nacre
