#include "routes/MemberRoutes.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "domain/Member.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "policy/AccessPolicy.h"
#include "routes/RouteSupport.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QByteArray memberEtag(const MemberRecord& member)
{
    return RouteSupport::etag("member", member.workspaceId + u':' + member.userId, member.version);
}

QJsonObject memberJson(const MemberRecord& member)
{
    Member value;
    value.userId = member.userId;
    value.displayName = member.displayName;
    value.email = member.email;
    value.role = member.role.role.ref();
    value.twoFactorEnabled = member.twoFactorEnabled;
    value.joinedAt = fromMs(member.joinedAt);
    value.lastActiveAt = fromMs(member.lastActiveAt);
    QJsonObject json = value.toJson();
    json.insert(u"etag"_s, QString::fromLatin1(memberEtag(member)));
    return json;
}

MemberQuery parseMemberQuery(const ApiRequest& request)
{
    MemberQuery query;
    query.search = request.queryValue(u"q"_s).left(200);
    query.roleId = request.queryValue(u"role"_s);
    query.cursor = request.queryValue(u"cursor"_s);
    query.limit = RouteSupport::pageLimit(request);
    QString sort = request.queryValue(u"sort"_s);
    if (sort.startsWith(u'-')) {
        query.descending = true;
        sort.remove(0, 1);
    }
    static const QHash<QString, MemberQuery::Sort> sorts {{u"name"_s, MemberQuery::Sort::Name},
        {u"email"_s, MemberQuery::Sort::Email}, {u"joined"_s, MemberQuery::Sort::Joined},
        {u"lastActive"_s, MemberQuery::Sort::LastActive}};
    if (!sort.isEmpty() && !sorts.contains(sort))
        throw ApiError::validation(FieldError {u"sort"_s, QString::fromLatin1(ErrorCode::UnknownValue),
            u"Sort by name, email, joined or lastActive (prefix - for descending)."_s});
    query.sort = sorts.value(sort, MemberQuery::Sort::Name);
    return query;
}

} // namespace

void MemberRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/members"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ListMembers});
        const MemberPage page = m_context.members.list(scope.workspace.id, parseMemberQuery(request));
        QJsonArray items;
        for (const MemberRecord& member : page.items)
            items.append(memberJson(member));
        return RouteSupport::list(items, page.nextCursor, page.total);
    });

    router.add("GET", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const bool self = request.param(u"user"_s) == scope.actor.userId;
        if (!self)
            AccessPolicy::enforce({scope.actor, Action::ListMembers});
        const auto member = m_context.members.find(scope.workspace.id, request.param(u"user"_s));
        if (!member)
            throw ApiError::notFound(u"member"_s);
        return ApiResponse::json(memberJson(*member)).withETag(memberEtag(*member));
    });

    router.add("PATCH", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ListMembers});
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString roleId = reader.id(u"roleId"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);

        Transaction transaction(m_context.db);
        const auto target = m_context.members.find(scope.workspace.id, request.param(u"user"_s));
        if (!target)
            throw ApiError::notFound(u"member"_s);
        const RoleRecord role = m_context.roles.requireForField(scope.workspace.id, roleId, u"roleId"_s);
        AccessRequest access {scope.actor, Action::ChangeMemberRole};
        access.targetMember = &*target;
        access.grantedRole = &role;
        access.ownerCount = m_context.members.countOwners(scope.workspace.id);
        AccessPolicy::enforce(access);
        RouteSupport::requireIfMatch(request, memberEtag(*target));

        if (target->role.role.id != role.role.id) {
            if (!m_context.members.changeRole(scope.workspace.id, target->userId, role.role.id, target->version))
                throw ApiError::preconditionFailed();
            m_context.audit.record(AuditEntry {scope.workspace.id, scope.auth.person(), u"member.role_changed"_s,
                                       u"member"_s, target->userId, QJsonObject {{u"role"_s, target->role.role.name}},
                                       QJsonObject {{u"role"_s, role.role.name}}, RouteSupport::clientAddress(request)},
                m_context.clock.nowMs());
        }
        transaction.commit();
        const auto updated = m_context.members.find(scope.workspace.id, target->userId);
        return ApiResponse::json(memberJson(*updated)).withETag(memberEtag(*updated));
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ListMembers});
        Transaction transaction(m_context.db);
        const auto target = m_context.members.find(scope.workspace.id, request.param(u"user"_s));
        if (!target)
            throw ApiError::notFound(u"member"_s);
        AccessRequest access {scope.actor, Action::RemoveMember};
        access.targetMember = &*target;
        access.ownerCount = m_context.members.countOwners(scope.workspace.id);
        AccessPolicy::enforce(access);
        m_context.members.remove(scope.workspace.id, target->userId);
        m_context.audit.record(
            AuditEntry {scope.workspace.id, scope.auth.person(), u"member.removed"_s, u"member"_s, target->userId,
                QJsonObject {{u"email"_s, target->email}, {u"role"_s, target->role.role.name}}, {},
                RouteSupport::clientAddress(request)},
            m_context.clock.nowMs());
        transaction.commit();
        return ApiResponse::noContent();
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/leave"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope
            = m_auth.enterWorkspace(request, request.param(u"ws"_s), Authenticator::TwoFactor::NotNeeded);
        Transaction transaction(m_context.db);
        AccessRequest access {scope.actor, Action::LeaveWorkspace};
        access.ownerCount = m_context.members.countOwners(scope.workspace.id);
        AccessPolicy::enforce(access);
        m_context.members.remove(scope.workspace.id, scope.actor.userId);
        m_context.audit.record(
            AuditEntry {scope.workspace.id, scope.auth.person(), u"member.left"_s, u"member"_s, scope.actor.userId,
                QJsonObject {{u"role"_s, scope.actor.role.role.name}}, {}, RouteSupport::clientAddress(request)},
            m_context.clock.nowMs());
        transaction.commit();
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
