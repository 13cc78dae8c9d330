#pragma once

#include "services/Service.h"

namespace nacre::server {

struct ApiKeyInput
{
    QString name;
    PermissionSet permissions;
    qint64 expiresAt = 0; // 0: never
};

struct CreatedApiKey
{
    ApiKeyRecord key;
    QString secret; // returned this once; only its hash is kept
};

// A workspace's API keys (resources.api_keys): listed, created with at most the creator's
// permissions, revoked. A key cannot manage keys (AccessRules); what a key may do when it is used
// is ApiKeyAccess's.
class ApiKeyService : public Service
{
public:
    using Service::Service;

    QList<ApiKeyRecord> list(const WorkspaceScope& scope) const;
    CreatedApiKey create(const WorkspaceScope& scope, const ApiKeyInput& input);
    void revoke(const WorkspaceScope& scope, const QString& keyId);

    static constexpr qint64 LongestLifetimeMs = 2LL * 366 * 24 * 3600 * 1000; // two years
};

} // namespace nacre::server
