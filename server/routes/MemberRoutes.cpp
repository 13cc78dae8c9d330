#include "routes/MemberRoutes.h"

#include "auth/Authenticator.h"
#include "domain/Member.h"
#include "http/ApiError.h"
#include "http/JsonWriter.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "services/Versions.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

constexpr qint64 MaxOffset = 10'000'000; // beyond any workspace; keeps the number an integer everywhere

// A member as every member route renders it, written straight into the response (a page holds a
// hundred). `details` adds what one route tells beside it.
void writeMember(JsonWriter& json, const MemberRecord& member, const QJsonObject& details = {})
{
    const Role& role = member.role.role;
    json.beginObject()
        .key("userId"_L1)
        .value(member.userId)
        .key("displayName"_L1)
        .value(member.displayName)
        .key("email"_L1)
        .value(member.email)
        .key("role"_L1)
        .beginObject()
        .key("id"_L1)
        .value(role.id)
        .key("name"_L1)
        .value(role.name)
        .key("builtin"_L1)
        .value(BuiltinRoles::idOf(role.builtin))
        .endObject()
        .key("twoFactorEnabled"_L1)
        .value(member.twoFactorEnabled)
        .key("joinedAt"_L1)
        .dateTimeOrNull(member.joinedAt)
        .key("lastActiveAt"_L1)
        .dateTimeOrNull(member.lastActiveAt)
        .key("etag"_L1)
        .value(QString::fromLatin1(Versions::of(member)));
    if (!details.isEmpty())
        json.key("details"_L1).raw(QJsonDocument(details).toJson(QJsonDocument::Compact));
    json.endObject();
}

ApiResponse memberResponse(const MemberRecord& member, const QJsonObject& details = {})
{
    JsonWriter json(512);
    writeMember(json, member, details);
    return ApiResponse::rawJson(json.take()).withETag(Versions::of(member));
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
        JsonWriter json(400 * (page.items.size() + 1));
        json.beginObject().key("items"_L1).beginArray();
        for (const MemberRecord& member : page.items)
            writeMember(json, member);
        json.endArray().key("nextCursor"_L1).stringOrNull(page.nextCursor.isEmpty() ? QString() : page.nextCursor);
        if (page.total >= 0)
            json.key("total"_L1).value(page.total);
        return ApiResponse::rawJson(json.endObject().take());
    });

    router.add("GET", u"/api/v1/workspaces/{ws}/members/{user}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        const MemberRecord member = m_services.members.get(scope, request.param(u"user"_s));
        return memberResponse(member, m_services.members.details(scope, member).toJson());
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
