#include "routes/WorkspaceRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "services/Versions.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"
#include "validation/SessionTimeout.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject workspaceJson(const WorkspaceRecord& workspace, const MemberRecord& actor)
{
    Workspace summary;
    summary.id = workspace.id;
    summary.name = workspace.settings.name;
    summary.plan = workspace.plan;
    summary.createdAt = fromMs(workspace.createdAt);
    summary.myRole = actor.role.role.ref();
    summary.myPermissions = actor.permissions();
    summary.requiresTwoFactor = workspace.settings.requireTwoFactor;
    summary.sessionTimeoutMinutes = workspace.settings.sessionTimeoutMinutes;
    summary.defaultRoleId = workspace.settings.defaultRoleId;
    QJsonObject json = summary.toJson();
    json.insert(u"settings"_s, workspace.settings.toJson());
    json.insert(u"etag"_s, QString::fromLatin1(Versions::of(workspace)));
    return json;
}

ApiResponse workspaceResponse(const WorkspaceRecord& workspace, const MemberRecord& actor, int status = 200)
{
    return ApiResponse::json(workspaceJson(workspace, actor), status).withETag(Versions::of(workspace));
}

SettingsPatch parseSettingsPatch(JsonReader& reader)
{
    SettingsPatch patch;
    if (reader.has(u"name"_s))
        patch.name = reader.validatedString(u"name"_s, &NameRules::workspaceName);
    if (reader.has(u"billingEmail"_s))
        patch.billingEmail = reader.optionalValidatedString(u"billingEmail"_s, &EmailAddress::normalized);
    if (reader.has(u"notificationsEmail"_s))
        patch.notificationsEmail = reader.optionalValidatedString(u"notificationsEmail"_s, &EmailAddress::normalized);
    if (reader.has(u"newsletter"_s))
        patch.newsletter = reader.boolean(u"newsletter"_s);
    if (reader.has(u"sessionTimeoutMinutes"_s))
        patch.sessionTimeoutMinutes = int(reader.validatedInteger(
            u"sessionTimeoutMinutes"_s, &SessionTimeout::validated, SessionTimeout::DefaultMinutes));
    if (reader.has(u"publicRecordings"_s))
        patch.publicRecordings = reader.boolean(u"publicRecordings"_s);
    if (reader.has(u"requireTwoFactor"_s))
        patch.requireTwoFactor = reader.boolean(u"requireTwoFactor"_s);
    if (reader.has(u"defaultRoleId"_s))
        patch.defaultRoleId = reader.id(u"defaultRoleId"_s);
    reader.rejectUnknownFields();
    return patch;
}

} // namespace

void WorkspaceRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        const WorkspaceListPage page
            = m_services.workspaces.listFor(auth, request.queryValue(u"cursor"_s), RouteSupport::pageLimit(request));
        QJsonArray items;
        for (const Workspace& workspace : page.items)
            items.append(workspace.toJson());
        return RouteSupport::list(items, page.nextCursor, page.total);
    });

    router.add("POST", u"/api/v1/workspaces"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString name = reader.validatedString(u"name"_s, &NameRules::workspaceName);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        const QString id = m_services.workspaces.create(auth, name);
        const WorkspaceScope scope = m_auth.enterWorkspace(auth, id);
        return workspaceResponse(scope.workspace, scope.actor, 201)
            .withHeader("Location", "/api/v1/workspaces/" + id.toLatin1());
    });

    router.add("GET", u"/api/v1/workspaces/{ws}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        return workspaceResponse(m_services.workspaces.get(scope), scope.actor);
    });

    router.add("PATCH", u"/api/v1/workspaces/{ws}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        const SettingsPatch patch = parseSettingsPatch(reader);
        RouteSupport::throwIfInvalid(reader);
        return workspaceResponse(
            m_services.workspaces.updateSettings(scope, patch, RouteSupport::ifMatch(request)), scope.actor);
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString confirmation = reader.string(u"confirmName"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        m_services.workspaces.remove(scope, confirmation);
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
