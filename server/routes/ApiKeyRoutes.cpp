#include "routes/ApiKeyRoutes.h"

#include "auth/Authenticator.h"
#include "domain/ApiKey.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/ApiKeyService.h"
#include "services/Services.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject keyJson(const ApiKeyRecord& record)
{
    ApiKey key;
    key.id = record.id;
    key.name = record.name;
    key.prefix = record.prefix;
    key.permissions = record.permissions;
    key.createdBy = PersonRef {record.createdBy, record.createdByName};
    key.createdAt = fromMs(record.createdAt);
    key.lastUsedAt = fromMs(record.lastUsedAt);
    key.lastUsedAddress = record.lastUsedAddress;
    key.expiresAt = fromMs(record.expiresAt);
    return key.toJson();
}

} // namespace

void ApiKeyRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/workspaces/{ws}/api-keys"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        QJsonArray items;
        for (const ApiKeyRecord& key : m_services.apiKeys.list(scope))
            items.append(keyJson(key));
        return RouteSupport::list(items, {}, items.size());
    });

    router.add("POST", u"/api/v1/workspaces/{ws}/api-keys"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        JsonReader reader = RouteSupport::bodyReader(request);
        ApiKeyInput input {.name = reader.validatedString(u"name"_s, &NameRules::displayName),
            .permissions = reader.permissions(u"permissions"_s)};
        const QDateTime expiresAt = reader.optionalDateTime(u"expiresAt"_s);
        input.expiresAt = expiresAt.isValid() ? expiresAt.toMSecsSinceEpoch() : 0;
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        if (input.permissions.isEmpty())
            throw ApiError::validation(FieldError {u"permissions"_s, QString::fromLatin1(ErrorCode::Required),
                u"Choose at least one permission for the key."_s});
        const CreatedApiKey created = m_services.apiKeys.create(scope, input);
        QJsonObject body = keyJson(created.key);
        body.insert(u"secret"_s, created.secret);
        return ApiResponse::json(body, 201)

            .withHeader("Location",
                (u"/api/v1/workspaces/"_s + scope.workspace.id + u"/api-keys/"_s + created.key.id).toLatin1());
    });

    router.add("DELETE", u"/api/v1/workspaces/{ws}/api-keys/{key}"_s, [this](ApiRequest& request) {
        const WorkspaceScope scope = m_auth.enterWorkspace(request, request.param(u"ws"_s));
        m_services.apiKeys.revoke(scope, request.param(u"key"_s));
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
