#pragma once

#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

// The api_keys table (migration 0012).
class ApiKeyStore
{
public:
    explicit ApiKeyStore(Database& database)
        : m_db(database)
    { }

    void insert(const ApiKeyRecord& key, const QString& secretHash);
    std::optional<ApiKeyRecord> findBySecretHash(const QString& secretHash) const;
    std::optional<ApiKeyRecord> find(const QString& workspaceId, const QString& keyId) const;
    QList<ApiKeyRecord> listLive(const QString& workspaceId) const; // not revoked, newest first
    bool revoke(const QString& workspaceId, const QString& keyId, qint64 now); // false: none live
    void recordUse(const QString& keyId, qint64 now, const QString& address);

private:
    Database& m_db;
};

} // namespace nacre::server
