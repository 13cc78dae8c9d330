#include "routes/WorkspaceRoutes.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "policy/AccessPolicy.h"
#include "routes/RouteSupport.h"
#include "routes/WorkspaceFactory.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkspaces, "nacre.server.workspaces")

namespace nacre::server {

namespace {

QByteArray workspaceEtag(const WorkspaceRecord& workspace)
{
    return RouteSupport::etag("ws", workspace.id, workspace.version);
}

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
    QJsonObject json = summary.toJson();
    json.insert(u"settings"_s, workspace.settings.toJson());
    json.insert(u"etag"_s, QString::fromLatin1(workspaceEtag(workspace)));
    return json;
}

} // namespace

void WorkspaceRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        const int limit = RouteSupport::pageLimit(request);
        const QList<Workspace> all = m_context.workspaces.listForUser(auth.user.id);
        // Few per account: page in memory, the cursor being the index of the next item.
        const QString cursorText = request.queryValue(u"cursor"_s);
        bool ok = cursorText.isEmpty();
        const qsizetype start = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
        if (!ok || start < 0 || start > all.size())
            throw ApiError::validation(FieldError {u"cursor"_s, QString::fromLatin1(ErrorCode::InvalidFormat),
                u"This cursor is not one this server gave out."_s});
        QJsonArray items;
        for (qsizetype i = start; i < all.size() && items.size() < limit; ++i)
            items.append(all[i].toJson());
        const qsizetype next = start + items.size();
        return RouteSupport::list(items, next < all.size() ? QString::number(next) : QString(), all.size());
    });

    router.add("POST", u"/api/v1/workspaces"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString name = reader.validatedString(u"name"_s, &NameRules::workspaceName);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);

        Transaction transaction(m_context.db);
        const WorkspaceRecord created
            = WorkspaceFactory::create(m_context, name, auth.user, RouteSupport::clientAddress(request));
        transaction.commit();
        const WorkspaceScope scope = m_auth.enterWorkspace(auth, created.id);
        return ApiResponse::json(workspaceJson(scope.workspace, scope.actor), 201)
            .withETag(workspaceEtag(scope.workspace))
            .withHeader("Location", "/api/v1/workspaces/" + created.id.toLatin1());
    });

    router.add("GET", u"/api/v1/workspaces/{ws}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::ReadWorkspace});
        return ApiResponse::json(workspaceJson(scope.workspace, scope.actor)).withETag(workspaceEtag(scope.workspace));
    });

    router.add("PATCH", u"/api/v1/workspaces/{ws}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        WorkspaceSettings settings = scope.workspace.settings;
        bool general = false;
        bool advanced = false;
        const auto present = [&reader](const QString& key, bool* group) {
            const bool has = reader.has(key);
            *group = *group || has;
            return has;
        };
        if (present(u"name"_s, &general))
            settings.name = reader.validatedString(u"name"_s, &NameRules::workspaceName);
        if (present(u"billingEmail"_s, &general))
            settings.billingEmail = reader.optionalValidatedString(u"billingEmail"_s, &EmailAddress::normalized);
        if (present(u"notificationsEmail"_s, &general))
            settings.notificationsEmail
                = reader.optionalValidatedString(u"notificationsEmail"_s, &EmailAddress::normalized);
        if (present(u"newsletter"_s, &general))
            settings.newsletter = reader.boolean(u"newsletter"_s);
        if (present(u"sessionTimeoutMinutes"_s, &advanced))
            settings.sessionTimeoutMinutes = reader.validatedInteger(
                u"sessionTimeoutMinutes"_s, &SessionTimeout::validated, settings.sessionTimeoutMinutes);
        if (present(u"publicRecordings"_s, &advanced))
            settings.publicRecordings = reader.boolean(u"publicRecordings"_s);
        if (present(u"requireTwoFactor"_s, &advanced))
            settings.requireTwoFactor = reader.boolean(u"requireTwoFactor"_s);
        reader.rejectUnknownFields();
        if (general)
            AccessPolicy::enforce({scope.actor, Action::EditGeneralSettings});
        if (advanced)
            AccessPolicy::enforce({scope.actor, Action::EditAdvancedSettings});
        RouteSupport::throwIfInvalid(reader);
        RouteSupport::requireIfMatch(request, workspaceEtag(scope.workspace));
        if (settings.requireTwoFactor && !scope.workspace.settings.requireTwoFactor
            && !scope.auth.user.twoFactorEnabled)
            throw ApiError::conflict(u"two_factor_needed_first"_s,
                u"Turn on two-factor sign-in for your own account first (under Security), so the requirement "
                "does not lock you out."_s);

        Transaction transaction(m_context.db);
        if (!m_context.workspaces.updateSettings(scope.workspace.id, settings, scope.workspace.version))
            throw ApiError::preconditionFailed();
        QJsonObject before;
        const QJsonObject after = WorkspaceSettings::changes(scope.workspace.settings, settings, &before);
        if (!after.isEmpty())
            m_context.audit.record(
                AuditEntry {scope.workspace.id, scope.auth.person(), u"workspace.settings_updated"_s, u"workspace"_s,
                    scope.workspace.id, before, after, RouteSupport::clientAddress(request)},
                m_context.clock.nowMs());
        transaction.commit();
        const auto updated = m_context.workspaces.find(scope.workspace.id);
        return ApiResponse::json(workspaceJson(*updated, scope.actor)).withETag(workspaceEtag(*updated));
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        AccessPolicy::enforce({scope.actor, Action::DeleteWorkspace});
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString confirmation = reader.string(u"confirmName"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        if (confirmation != scope.workspace.settings.name)
            throw ApiError::validation(FieldError {
                u"confirmName"_s, u"confirmation_mismatch"_s, u"Type the workspace's exact name to delete it."_s});

        Transaction transaction(m_context.db);
        m_context.workspaces.remove(scope.workspace.id);
        transaction.commit();
        qCWarning(lcWorkspaces).noquote() << "workspace" << scope.workspace.id << "deleted by" << scope.auth.user.id
                                          << "from" << RouteSupport::clientAddress(request);
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
