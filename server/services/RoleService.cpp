#include "services/RoleService.h"

#include "ServerContext.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "policy/AccessPolicy.h"
#include "services/Versions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject nameAndPermissions(const Role& role)
{
    return QJsonObject {{u"name"_s, role.name}, {u"permissions"_s, role.permissions.toJson()}};
}

} // namespace

RoleRecord RoleService::requireRole(const WorkspaceScope& scope, const QString& roleId) const
{
    const auto role = m_context.roles.find(scope.workspace.id, roleId);
    if (!role)
        throw ApiError::notFound(u"role"_s);
    return *role;
}

void RoleService::requireUniqueName(const WorkspaceScope& scope, const QString& name, const QString& exceptRoleId) const
{
    const auto clash = m_context.roles.findByName(scope.workspace.id, name);
    if (clash && clash->role.id != exceptRoleId)
        throw ApiError::conflict(ProblemCode::RoleNameTaken,
            u"A role named \u201c%1\u201d already exists in this workspace."_s.arg(clash->role.name))
            .withMember(u"errors"_s,
                QJsonArray {FieldError {u"name"_s, QString::fromLatin1(ErrorCode::Duplicate),
                    u"This name is already used by another role."_s}
                                .toJson()});
}

QList<RoleRecord> RoleService::list(const WorkspaceScope& scope) const
{
    AccessPolicy::enforce({scope.actor, Action::ListRoles});
    return m_context.roles.list(scope.workspace.id);
}

RoleRecord RoleService::get(const WorkspaceScope& scope, const QString& roleId) const
{
    AccessPolicy::enforce({scope.actor, Action::ListRoles});
    return requireRole(scope, roleId);
}

RoleRecord RoleService::create(const WorkspaceScope& scope, const RoleInput& input)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope); // AccessRequest refers to it: keep it alive
    AccessRequest access {actor, Action::CreateRole};
    access.grantedPermissions = input.permissions;
    AccessPolicy::enforce(access);
    requireUniqueName(scope, input.name);
    RoleRecord role;
    role.workspaceId = scope.workspace.id;
    role.role.id = Tokens::newId();
    role.role.name = input.name;
    role.role.permissions = input.permissions;
    m_context.roles.insert(role, now());
    audit(scope,
        {.type = AuditEventType::RoleCreated,
            .targetType = u"role"_s,
            .targetId = role.role.id,
            .after = nameAndPermissions(role.role)});
    const RoleRecord created = requireRole(scope, role.role.id);
    transaction.commit();
    return created;
}

RoleRecord RoleService::update(
    const WorkspaceScope& scope, const QString& roleId, const RolePatch& patch, const QByteArray& ifMatch)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope); // first: it locks the workspace for the reads below
    const RoleRecord current = requireRole(scope, roleId);
    RoleRecord updated = current;
    updated.role.name = patch.name.value_or(current.role.name);
    updated.role.permissions = patch.permissions.value_or(current.role.permissions);
    // New permissions reach every holder at once: a grant, checked as one.
    AccessRequest access {actor, Action::EditRole};
    access.targetRole = &current;
    access.grantedPermissions = updated.role.permissions;
    AccessPolicy::enforce(access);
    Versions::requireMatch(ifMatch, Versions::of(current));

    QJsonObject before;
    QJsonObject after;
    if (updated.role.name != current.role.name) {
        before.insert(u"name"_s, current.role.name);
        after.insert(u"name"_s, updated.role.name);
    }
    if (updated.role.permissions != current.role.permissions) {
        before.insert(u"permissions"_s, current.role.permissions.toJson());
        after.insert(u"permissions"_s, updated.role.permissions.toJson());
    }
    if (after.isEmpty())
        return current; // nothing changes: neither the version nor the audit log
    requireUniqueName(scope, updated.role.name, current.role.id);
    if (!m_context.roles.update(updated, current.version))
        throw ApiError::preconditionFailed();
    audit(scope,
        {.type = AuditEventType::RoleUpdated,
            .targetType = u"role"_s,
            .targetId = current.role.id,
            .before = before,
            .after = after});
    const RoleRecord saved = requireRole(scope, current.role.id);
    transaction.commit();
    return saved;
}

void RoleService::remove(const WorkspaceScope& scope, const QString& roleId, const QString& moveTo)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    const RoleRecord role = requireRole(scope, roleId);
    AccessRequest access {actor, Action::DeleteRole};
    access.targetRole = &role;
    AccessPolicy::enforce(access);
    QJsonObject after;
    if (!moveTo.isEmpty())
        after = moveHolders(scope, actor, role, moveTo);
    if (role.role.memberCount > 0 && moveTo.isEmpty())
        throw ApiError::conflict(ProblemCode::RoleInUse,
            u"%1 member(s) hold this role. Move them to another role first."_s.arg(role.role.memberCount))
            .withMember(u"memberCount"_s, role.role.memberCount);
    if (const int pending = m_context.roles.pendingInvitations(role.role.id); pending > 0)
        throw ApiError::conflict(
            ProblemCode::RoleInUse, u"%1 pending invitation(s) offer this role. Revoke them first."_s.arg(pending))
            .withMember(u"pendingInvitations"_s, pending)
            .withMember(u"memberCount"_s, 0);
    m_context.roles.remove(role.role.id);
    audit(scope,
        {.type = AuditEventType::RoleDeleted,
            .targetType = u"role"_s,
            .targetId = role.role.id,
            .before = nameAndPermissions(role.role),
            .after = after});
    transaction.commit();
}

QJsonObject RoleService::moveHolders(
    const WorkspaceScope& scope, const MemberRecord& actor, const RoleRecord& role, const QString& moveTo)
{
    const RoleRecord target = requireRoleForField(scope, moveTo, u"moveTo"_s);
    if (target.role.id == role.role.id)
        throw ApiError::validation(FieldError {u"moveTo"_s, QString::fromLatin1(ErrorCode::UnknownValue),
            u"Choose another role than the one being deleted."_s});
    // The same rules as changing each member's role one by one, and as inviting with the new role.
    const QList<MemberRecord> holders = m_context.members.holding(scope.workspace.id, role.role.id);
    const int owners = m_context.members.countOwners(scope.workspace.id);
    for (const MemberRecord& holder : holders) {
        AccessRequest change {actor, Action::ChangeMemberRole};
        change.targetMember = &holder;
        change.grantedRole = &target;
        change.ownerCount = owners;
        AccessPolicy::enforce(change);
    }
    const QList<InvitationRecord> invitations = m_context.invitations.openOffering(scope.workspace.id, role.role.id);
    if (!invitations.isEmpty()) {
        AccessRequest invite {actor, Action::Invite};
        invite.grantedRole = &target;
        AccessPolicy::enforce(invite);
    }

    m_context.members.moveRole(scope.workspace.id, role.role.id, target.role.id);
    m_context.invitations.moveRole(scope.workspace.id, role.role.id, target.role.id, actor.userId);
    for (const MemberRecord& holder : holders)
        audit(scope,
            {.type = AuditEventType::MemberRoleChanged,
                .targetType = u"member"_s,
                .targetId = holder.userId,
                .before = QJsonObject {{u"role"_s, role.role.name}},
                .after = QJsonObject {{u"role"_s, target.role.name}}});
    for (const InvitationRecord& invitation : invitations)
        audit(scope,
            {.type = AuditEventType::InvitationRoleChanged,
                .targetType = u"invitation"_s,
                .targetId = invitation.invitation.id,
                .before = QJsonObject {{u"email"_s, invitation.invitation.email}, {u"role"_s, role.role.name}},
                .after = QJsonObject {{u"role"_s, target.role.name}}});
    return QJsonObject {{u"membersMovedTo"_s, target.role.name}, {u"membersMoved"_s, int(holders.size())},
        {u"invitationsMoved"_s, int(invitations.size())}};
}

} // namespace nacre::server
