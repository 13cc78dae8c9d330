#include "policy/AccessPolicy.h"

#include "http/ApiError.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

AccessDecision deny(int status, const QString& code, const QString& reason)
{
    return AccessDecision {false, status, code, reason};
}

AccessDecision missing(Permission permission)
{
    return deny(403, u"missing_permission"_s,
        u"Your role does not include \u201c%1\u201d."_s.arg(PermissionCatalog::label(permission)));
}

bool holds(const MemberRecord& actor, Permission permission)
{
    return actor.permissions().contains(permission);
}

// An actor may only give what they hold themselves.
AccessDecision checkGrant(const MemberRecord& actor, const PermissionSet& granted)
{
    if (!granted.isSubsetOf(actor.permissions()))
        return deny(403, u"escalation"_s, u"You can only grant permissions your own role includes."_s);
    return AccessDecision::allow();
}

AccessDecision checkGrantedRole(const MemberRecord& actor, const RoleRecord& role)
{
    if (role.role.builtin == BuiltinRole::Owner && !actor.isOwner())
        return deny(403, u"owner_only"_s, u"Only an Owner can make someone an Owner."_s);
    return checkGrant(actor, role.role.permissions);
}

AccessDecision checkTargetMember(const MemberRecord& actor, const MemberRecord& target, const QString& verb)
{
    if (target.isOwner() && !actor.isOwner())
        return deny(403, u"owner_only"_s, u"Only an Owner can %1 an Owner."_s.arg(verb));
    if (!target.permissions().isSubsetOf(actor.permissions()))
        return deny(
            403, u"escalation"_s, u"You cannot %1 someone whose role has permissions yours does not."_s.arg(verb));
    return AccessDecision::allow();
}

AccessDecision checkEditableRole(const MemberRecord& actor, const RoleRecord& role)
{
    if (role.role.isBuiltin())
        return deny(403, u"builtin_role"_s, u"The built-in %1 role cannot be changed."_s.arg(role.role.name));
    return checkGrant(actor, role.role.permissions);
}

} // namespace

AccessDecision AccessPolicy::decide(const AccessRequest& request)
{
    const MemberRecord& actor = request.actor;
    switch (request.action) {
    case Action::ReadWorkspace:
    case Action::ListRoles:
        return AccessDecision::allow();

    case Action::EditGeneralSettings:
        return holds(actor, Permission::SettingsGeneral) ? AccessDecision::allow()
                                                         : missing(Permission::SettingsGeneral);
    case Action::EditAdvancedSettings:
        return holds(actor, Permission::SettingsAdvanced) ? AccessDecision::allow()
                                                          : missing(Permission::SettingsAdvanced);
    case Action::ViewAuditLog:
        return holds(actor, Permission::AuditLogView) ? AccessDecision::allow() : missing(Permission::AuditLogView);

    case Action::DeleteWorkspace:
        return actor.isOwner() ? AccessDecision::allow()
                               : deny(403, u"owner_only"_s, u"Only an Owner can delete the workspace."_s);

    case Action::LeaveWorkspace:
        if (actor.isOwner() && request.ownerCount <= 1)
            return deny(409, u"last_owner"_s,
                u"You are the workspace's only Owner. Make someone else an Owner before you leave."_s);
        return AccessDecision::allow();

    case Action::ListMembers:
    case Action::ManageInvitations:
        return holds(actor, Permission::ResourcesUsers) ? AccessDecision::allow() : missing(Permission::ResourcesUsers);

    case Action::Invite:
        if (!holds(actor, Permission::ResourcesUsers))
            return missing(Permission::ResourcesUsers);
        Q_ASSERT(request.grantedRole);
        return checkGrantedRole(actor, *request.grantedRole);

    case Action::ChangeMemberRole: {
        if (!holds(actor, Permission::ResourcesUsers))
            return missing(Permission::ResourcesUsers);
        Q_ASSERT(request.targetMember && request.grantedRole);
        if (request.targetMember->userId == actor.userId)
            return deny(403, u"own_role"_s, u"Nobody can change their own role; ask another Owner or Admin."_s);
        if (const AccessDecision target = checkTargetMember(actor, *request.targetMember, u"change the role of"_s);
            !target.allowed)
            return target;
        if (const AccessDecision grant = checkGrantedRole(actor, *request.grantedRole); !grant.allowed)
            return grant;
        if (request.targetMember->isOwner() && request.grantedRole->role.builtin != BuiltinRole::Owner
            && request.ownerCount <= 1)
            return deny(409, u"last_owner"_s, u"A workspace needs at least one Owner."_s);
        return AccessDecision::allow();
    }

    case Action::RemoveMember: {
        if (!holds(actor, Permission::ResourcesUsers))
            return missing(Permission::ResourcesUsers);
        Q_ASSERT(request.targetMember);
        if (request.targetMember->userId == actor.userId)
            return deny(403, u"own_membership"_s, u"To remove yourself, leave the workspace instead."_s);
        if (const AccessDecision target = checkTargetMember(actor, *request.targetMember, u"remove"_s); !target.allowed)
            return target;
        if (request.targetMember->isOwner() && request.ownerCount <= 1)
            return deny(409, u"last_owner"_s, u"A workspace needs at least one Owner."_s);
        return AccessDecision::allow();
    }

    case Action::CreateRole:
        if (!holds(actor, Permission::ResourcesUsers))
            return missing(Permission::ResourcesUsers);
        return checkGrant(actor, request.grantedPermissions.value_or(PermissionSet {}));

    case Action::EditRole:
    case Action::DeleteRole: {
        if (!holds(actor, Permission::ResourcesUsers))
            return missing(Permission::ResourcesUsers);
        Q_ASSERT(request.targetRole);
        if (const AccessDecision editable = checkEditableRole(actor, *request.targetRole); !editable.allowed)
            return editable;
        if (request.grantedPermissions)
            return checkGrant(actor, *request.grantedPermissions);
        return AccessDecision::allow();
    }
    }
    return deny(403, u"forbidden"_s, u"Not allowed."_s);
}

void AccessPolicy::enforce(const AccessRequest& request)
{
    const AccessDecision decision = decide(request);
    if (decision.allowed)
        return;
    if (decision.status == 409)
        throw ApiError::conflict(decision.code, decision.reason);
    throw ApiError::forbidden(decision.code, decision.reason);
}

} // namespace nacre::server
