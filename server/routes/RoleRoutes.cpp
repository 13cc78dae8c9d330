#include "routes/RoleRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "services/Versions.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject roleJson(const RoleRecord& role)
{
    QJsonObject json = role.role.toJson();
    json.insert(u"etag"_s, QString::fromLatin1(Versions::of(role)));
    return json;
}

ApiResponse roleResponse(const RoleRecord& role, int status = 200)
{
    return ApiResponse::json(roleJson(role), status).withETag(Versions::of(role));
}

} // namespace

void RoleRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/roles"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        RouteSupport::pageLimit(request, 200);
        QJsonArray items;
        for (const RoleRecord& role : m_services.roles.list(scope))
            items.append(roleJson(role));
        return RouteSupport::list(items, {}, items.size());
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/roles"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        RoleInput input {.name = reader.validatedString(u"name"_s, &NameRules::roleName),
            .permissions = reader.permissions(u"permissions"_s)};
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        const RoleRecord created = m_services.roles.create(scope, input);
        return roleResponse(created, 201)
            .withHeader("Location",
                (u"/api/v1/workspaces/"_s + scope.workspace.id + u"/roles/"_s + created.role.id).toLatin1());
    });

    router.add("GET", u"/api/v1/workspaces/{ws}/roles/{role}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        return roleResponse(m_services.roles.get(scope, request.param(u"role"_s)));
    });

    router.add("PATCH", u"/api/v1/workspaces/{ws}/roles/{role}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        RolePatch patch;
        if (reader.has(u"name"_s))
            patch.name = reader.validatedString(u"name"_s, &NameRules::roleName);
        if (reader.has(u"permissions"_s))
            patch.permissions = reader.permissions(u"permissions"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        return roleResponse(
            m_services.roles.update(scope, request.param(u"role"_s), patch, RouteSupport::ifMatch(request)));
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/roles/{role}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        m_services.roles.remove(scope, request.param(u"role"_s), request.queryValue(u"moveTo"_s));
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
