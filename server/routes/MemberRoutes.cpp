#include "routes/MemberRoutes.h"

#include "auth/Authenticator.h"
#include "domain/Member.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "services/Versions.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

constexpr qint64 MaxOffset = 10'000'000; // beyond any workspace; keeps the number an integer everywhere

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
    json.insert(u"etag"_s, QString::fromLatin1(Versions::of(member)));
    return json;
}

// One member, with its version as the ETag; `extra` adds what one route tells beside it.
ApiResponse memberResponse(const MemberRecord& member, const QJsonObject& extra = {})
{
    QJsonObject json = memberJson(member);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return ApiResponse::json(json).withETag(Versions::of(member));
}

MemberQuery parseMemberQuery(const ApiRequest& request)
{
    MemberQuery query;
    query.search = request.queryValue(u"q"_s).left(200);
    query.roleId = request.queryValue(u"role"_s);
    query.cursor = request.queryValue(u"cursor"_s);
    query.limit = RouteSupport::pageLimit(request);
    if (const QString offset = request.queryValue(u"offset"_s); !offset.isEmpty()) {
        bool ok = false;
        query.offset = offset.toLongLong(&ok);
        if (!ok || query.offset < 0 || query.offset > MaxOffset)
            throw ApiError::validation(FieldError {u"offset"_s, QString::fromLatin1(ErrorCode::OutOfRange),
                u"offset must be a whole number from 0 to %1."_s.arg(MaxOffset)});
        if (!query.cursor.isEmpty())
            throw ApiError::validation(FieldError {u"offset"_s, QString::fromLatin1(ErrorCode::NotAllowed),
                u"Page with either cursor or offset, not both."_s});
    }
    if (const QString twoFactor = request.queryValue(u"twoFactor"_s); !twoFactor.isEmpty()) {
        if (twoFactor != u"on"_s && twoFactor != u"off"_s)
            throw ApiError::validation(FieldError {
                u"twoFactor"_s, QString::fromLatin1(ErrorCode::UnknownValue), u"twoFactor is on or off."_s});
        query.twoFactor = twoFactor == u"on"_s;
    }
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
        const MemberPage page = m_services.members.list(scope, parseMemberQuery(request));
        QJsonArray items;
        for (const MemberRecord& member : page.items)
            items.append(memberJson(member));
        return RouteSupport::list(items, page.nextCursor, page.total);
    });

    router.add("GET", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const MemberRecord member = m_services.members.get(scope, request.param(u"user"_s));
        return memberResponse(member, QJsonObject {{u"details"_s, m_services.members.details(scope, member).toJson()}});
    });

    router.add("PATCH", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString roleId = reader.id(u"roleId"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        return memberResponse(
            m_services.members.changeRole(scope, request.param(u"user"_s), roleId, RouteSupport::ifMatch(request)));
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        m_services.members.remove(scope, request.param(u"user"_s));
        return ApiResponse::noContent();
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/leave"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope
            = m_auth.enterWorkspace(request, request.param(u"ws"_s), Authenticator::TwoFactor::NotNeeded);
        m_services.members.leave(scope);
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
