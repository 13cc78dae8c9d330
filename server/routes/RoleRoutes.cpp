#include "routes/RoleRoutes.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "policy/AccessPolicy.h"
#include "routes/RouteSupport.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QByteArray roleEtag(const RoleRecord& role)
{
    return RouteSupport::etag("role", role.role.id, role.version);
}

QJsonObject roleJson(const RoleRecord& role)
{
    QJsonObject json = role.role.toJson();
    json.insert(u"etag"_s, QString::fromLatin1(roleEtag(role)));
    return json;
}

RoleRecord requireRole(ServerContext& context, const QString& workspaceId, const QString& roleId)
{
    const auto role = context.roles.find(workspaceId, roleId);
    if (!role)
        throw ApiError::notFound(u"role"_s);
    return *role;
}

void requireUniqueName(
    ServerContext& context, const QString& workspaceId, const QString& name, const QString& exceptRoleId = {})
{
    const auto clash = context.roles.findByName(workspaceId, name);
    if (clash && clash->role.id != exceptRoleId)
        throw ApiError::conflict(u"role_name_taken"_s,
            u"A role named \u201c%1\u201d already exists in this workspace."_s.arg(clash->role.name))
            .withMember(u"errors"_s,
                QJsonArray {FieldError {u"name"_s, QString::fromLatin1(ErrorCode::Duplicate),
                    u"This name is already used by another role."_s}
                                .toJson()});
}

} // namespace

void RoleRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/roles"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ListRoles});
        RouteSupport::pageLimit(request, 200);
        QJsonArray items;
        for (const RoleRecord& role : m_context.roles.list(scope.workspace.id))
            items.append(roleJson(role));
        return RouteSupport::list(items, {}, items.size());
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/roles"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        RoleRecord role;
        role.workspaceId = scope.workspace.id;
        role.role.id = Tokens::newId();
        role.role.name = reader.validatedString(u"name"_s, &NameRules::roleName);
        role.role.permissions = reader.permissions(u"permissions"_s);
        reader.rejectUnknownFields();
        AccessRequest access {scope.actor, Action::CreateRole};
        access.grantedPermissions = role.role.permissions;
        AccessPolicy::enforce(access);
        RouteSupport::throwIfInvalid(reader);

        Transaction transaction(m_context.db);
        requireUniqueName(m_context, scope.workspace.id, role.role.name);
        m_context.roles.insert(role, m_context.clock.nowMs());
        m_context.audit.record(
            AuditEntry {scope.workspace.id, scope.auth.person(), u"role.created"_s, u"role"_s, role.role.id, {},
                QJsonObject {{u"name"_s, role.role.name}, {u"permissions"_s, role.role.permissions.toJson()}},
                RouteSupport::clientAddress(request)},
            m_context.clock.nowMs());
        transaction.commit();
        const RoleRecord created = requireRole(m_context, scope.workspace.id, role.role.id);
        return ApiResponse::json(roleJson(created), 201)
            .withETag(roleEtag(created))
            .withHeader("Location",
                (u"/api/v1/workspaces/"_s + scope.workspace.id + u"/roles/"_s + created.role.id).toLatin1());
    });

    router.add("GET", u"/api/v1/workspaces/{ws}/roles/{role}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ListRoles});
        const RoleRecord role = requireRole(m_context, scope.workspace.id, request.param(u"role"_s));
        return ApiResponse::json(roleJson(role)).withETag(roleEtag(role));
    });

    router.add("PATCH", u"/api/v1/workspaces/{ws}/roles/{role}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const RoleRecord current = requireRole(m_context, scope.workspace.id, request.param(u"role"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        RoleRecord updated = current;
        if (reader.has(u"name"_s))
            updated.role.name = reader.validatedString(u"name"_s, &NameRules::roleName);
        if (reader.has(u"permissions"_s))
            updated.role.permissions = reader.permissions(u"permissions"_s);
        reader.rejectUnknownFields();
        AccessRequest access {scope.actor, Action::EditRole};
        access.targetRole = &current;
        access.grantedPermissions = updated.role.permissions;
        AccessPolicy::enforce(access);
        RouteSupport::throwIfInvalid(reader);
        RouteSupport::requireIfMatch(request, roleEtag(current));

        Transaction transaction(m_context.db);
        requireUniqueName(m_context, scope.workspace.id, updated.role.name, current.role.id);
        if (!m_context.roles.update(updated, current.version))
            throw ApiError::preconditionFailed();
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
        if (!after.isEmpty())
            m_context.audit.record(AuditEntry {scope.workspace.id, scope.auth.person(), u"role.updated"_s, u"role"_s,
                                       current.role.id, before, after, RouteSupport::clientAddress(request)},
                m_context.clock.nowMs());
        transaction.commit();
        const RoleRecord saved = requireRole(m_context, scope.workspace.id, current.role.id);
        return ApiResponse::json(roleJson(saved)).withETag(roleEtag(saved));
    });

    // ?moveTo={role}: first give every member holding the role, and every open invitation offering
    // it, that other role — in the same transaction, each change audited — then delete it.
    router.add("DELETE", u"/api/v1/workspaces/{ws}/roles/{role}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        Transaction transaction(m_context.db);
        const RoleRecord role = requireRole(m_context, scope.workspace.id, request.param(u"role"_s));
        AccessRequest access {scope.actor, Action::DeleteRole};
        access.targetRole = &role;
        AccessPolicy::enforce(access);
        const QString moveTo = request.queryValue(u"moveTo"_s);
        QJsonObject after;
        if (!moveTo.isEmpty())
            after = moveHolders(request, scope, role, moveTo);
        if (role.role.memberCount > 0 && moveTo.isEmpty())
            throw ApiError::conflict(u"role_in_use"_s,
                u"%1 member(s) hold this role. Move them to another role first."_s.arg(role.role.memberCount))
                .withMember(u"memberCount"_s, role.role.memberCount);
        if (const int pending = m_context.roles.pendingInvitations(role.role.id); pending > 0)
            throw ApiError::conflict(
                u"role_in_use"_s, u"%1 pending invitation(s) offer this role. Revoke them first."_s.arg(pending))
                .withMember(u"pendingInvitations"_s, pending)
                .withMember(u"memberCount"_s, 0);
        m_context.roles.remove(role.role.id);
        m_context.audit.record(
            AuditEntry {scope.workspace.id, scope.auth.person(), u"role.deleted"_s, u"role"_s, role.role.id,
                QJsonObject {{u"name"_s, role.role.name}, {u"permissions"_s, role.role.permissions.toJson()}}, after,
                RouteSupport::clientAddress(request)},
            m_context.clock.nowMs());
        transaction.commit();
        return ApiResponse::noContent();
    });
}

QJsonObject RoleRoutes::moveHolders(
    const ApiRequest& request, const WorkspaceScope& scope, const RoleRecord& role, const QString& moveTo)
{
    const RoleRecord target = m_context.roles.requireForField(scope.workspace.id, moveTo, u"moveTo"_s);
    if (target.role.id == role.role.id)
        throw ApiError::validation(FieldError {u"moveTo"_s, QString::fromLatin1(ErrorCode::UnknownValue),
            u"Choose another role than the one being deleted."_s});
    // The same rules as changing each member's role one by one, and as inviting with the new role.
    const QList<MemberRecord> holders = m_context.members.holding(scope.workspace.id, role.role.id);
    const int owners = m_context.members.countOwners(scope.workspace.id);
    for (const MemberRecord& holder : holders) {
        AccessRequest change {scope.actor, Action::ChangeMemberRole};
        change.targetMember = &holder;
        change.grantedRole = &target;
        change.ownerCount = owners;
        AccessPolicy::enforce(change);
    }
    const QList<InvitationRecord> invitations = m_context.invitations.openOffering(scope.workspace.id, role.role.id);
    if (!invitations.isEmpty()) {
        AccessRequest invite {scope.actor, Action::Invite};
        invite.grantedRole = &target;
        AccessPolicy::enforce(invite);
    }

    m_context.members.moveRole(scope.workspace.id, role.role.id, target.role.id);
    m_context.invitations.moveRole(scope.workspace.id, role.role.id, target.role.id);
    const qint64 now = m_context.clock.nowMs();
    const QString from = RouteSupport::clientAddress(request);
    for (const MemberRecord& holder : holders)
        m_context.audit.record(
            AuditEntry {scope.workspace.id, scope.auth.person(), u"member.role_changed"_s, u"member"_s, holder.userId,
                QJsonObject {{u"role"_s, role.role.name}}, QJsonObject {{u"role"_s, target.role.name}}, from},
            now);
    for (const InvitationRecord& invitation : invitations)
        m_context.audit.record(AuditEntry {scope.workspace.id, scope.auth.person(), u"invitation.role_changed"_s,
                                   u"invitation"_s, invitation.invitation.id,
                                   QJsonObject {{u"email"_s, invitation.invitation.email}, {u"role"_s, role.role.name}},
                                   QJsonObject {{u"role"_s, target.role.name}}, from},
            now);
    return QJsonObject {{u"membersMovedTo"_s, target.role.name}, {u"membersMoved"_s, int(holders.size())},
        {u"invitationsMoved"_s, int(invitations.size())}};
}

} // namespace nacre::server
