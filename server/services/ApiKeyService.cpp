#include "services/ApiKeyService.h"

#include "ServerContext.h"
#include "auth/ApiKeyAccess.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "policy/AccessPolicy.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject described(const ApiKeyRecord& key)
{
    QJsonObject json {{u"name"_s, key.name}, {u"prefix"_s, key.prefix}, {u"permissions"_s, key.permissions.toJson()}};
    if (key.expiresAt > 0)
        json.insert(u"expiresAt"_s, JsonReader::formatDateTime(fromMs(key.expiresAt)));
    return json;
}

} // namespace

QList<ApiKeyRecord> ApiKeyService::list(const WorkspaceScope& scope) const
{
    AccessPolicy::enforce({scope.actor, Action::ManageApiKeys});
    return m_context.apiKeys.listLive(scope.workspace.id);
}

CreatedApiKey ApiKeyService::create(const WorkspaceScope& scope, const ApiKeyInput& input)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessRequest access {actor, Action::ManageApiKeys};
    access.grantedPermissions = input.permissions;
    AccessPolicy::enforce(access);
    if (input.expiresAt != 0 && (input.expiresAt <= now() || input.expiresAt > now() + LongestLifetimeMs))
        throw ApiError::validation(FieldError {u"expiresAt"_s, QString::fromLatin1(ErrorCode::OutOfRange),
            u"Choose an expiry date in the future and at most two years from now."_s});
    CreatedApiKey created;
    created.secret = Tokens::generate(QString(ApiKeyAccess::SecretPrefix));
    ApiKeyRecord& key = created.key;
    key.id = Tokens::newId();
    key.workspaceId = scope.workspace.id;
    key.name = input.name;
    key.prefix = created.secret.left(ApiKeyAccess::ShownPrefixLength);
    key.permissions = input.permissions;
    key.createdBy = scope.auth.user.id;
    key.createdByName = scope.auth.user.displayName;
    key.createdAt = now();
    key.expiresAt = input.expiresAt;
    m_context.apiKeys.insert(key, Tokens::hash(created.secret));
    audit(scope,
        {.type = AuditEventType::ApiKeyCreated,
            .targetType = u"api_key"_s,
            .targetId = key.id,
            .after = described(key)});
    transaction.commit();
    return created;
}

void ApiKeyService::revoke(const WorkspaceScope& scope, const QString& keyId)
{
    Transaction transaction(m_context.db);
    const MemberRecord actor = currentActor(scope);
    AccessPolicy::enforce({actor, Action::ManageApiKeys});
    const auto key = m_context.apiKeys.find(scope.workspace.id, keyId);
    if (!key || key->revokedAt != 0 || !m_context.apiKeys.revoke(scope.workspace.id, keyId, now()))
        throw ApiError::notFound(u"API key"_s);
    audit(scope,
        {.type = AuditEventType::ApiKeyRevoked,
            .targetType = u"api_key"_s,
            .targetId = key->id,
            .before = described(*key)});
    transaction.commit();
}

} // namespace nacre::server
