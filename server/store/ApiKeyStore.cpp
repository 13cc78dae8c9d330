#include "store/ApiKeyStore.h"

#include "store/RoleStore.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

const QString Columns = u"id, workspace_id, name, prefix, permissions, created_by, created_by_name, created_at, "
                        "expires_at, last_used_at, last_used_address, revoked_at"_s;

ApiKeyRecord readKey(const SqlQuery& query)
{
    return ApiKeyRecord {.id = query.text(0),
        .workspaceId = query.text(1),
        .name = query.text(2),
        .prefix = query.text(3),
        .permissions = RoleStore::permissionsFromText(query.text(4)),
        .createdBy = query.text(5),
        .createdByName = query.text(6),
        .createdAt = query.integer(7),
        .expiresAt = query.integer(8),
        .lastUsedAt = query.integer(9),
        .lastUsedAddress = query.text(10),
        .revokedAt = query.integer(11)};
}

} // namespace

void ApiKeyStore::insert(const ApiKeyRecord& key, const QString& secretHash)
{
    SqlQuery(m_db,
        u"INSERT INTO api_keys (id, workspace_id, name, prefix, secret_hash, permissions, created_by, "
        "created_by_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(key.id)
        .bind(key.workspaceId)
        .bind(key.name)
        .bind(key.prefix)
        .bind(secretHash)
        .bind(RoleStore::permissionsToText(key.permissions))
        .bindNullableText(key.createdBy)
        .bind(key.createdByName)
        .bind(key.createdAt)
        .bindNullableTime(key.expiresAt)
        .exec();
}

std::optional<ApiKeyRecord> ApiKeyStore::findBySecretHash(const QString& secretHash) const
{
    SqlQuery query(m_db, u"SELECT "_s + Columns + u" FROM api_keys WHERE secret_hash = ?"_s);
    query.bind(secretHash).exec();
    if (!query.next())
        return std::nullopt;
    return readKey(query);
}

std::optional<ApiKeyRecord> ApiKeyStore::find(const QString& workspaceId, const QString& keyId) const
{
    SqlQuery query(m_db, u"SELECT "_s + Columns + u" FROM api_keys WHERE workspace_id = ? AND id = ?"_s);
    query.bind(workspaceId).bind(keyId).exec();
    if (!query.next())
        return std::nullopt;
    return readKey(query);
}

QList<ApiKeyRecord> ApiKeyStore::listLive(const QString& workspaceId) const
{
    SqlQuery query(m_db,
        u"SELECT "_s + Columns
            + u" FROM api_keys WHERE workspace_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id"_s);
    query.bind(workspaceId).exec();
    QList<ApiKeyRecord> keys;
    while (query.next())
        keys.append(readKey(query));
    return keys;
}

bool ApiKeyStore::revoke(const QString& workspaceId, const QString& keyId, qint64 now)
{
    SqlQuery query(
        m_db, u"UPDATE api_keys SET revoked_at = ? WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL"_s);
    query.bind(now).bind(workspaceId).bind(keyId).exec();
    return query.rowsAffected() > 0;
}

void ApiKeyStore::recordUse(const QString& keyId, qint64 now, const QString& address)
{
    SqlQuery(m_db, u"UPDATE api_keys SET last_used_at = ?, last_used_address = ? WHERE id = ?"_s)
        .bind(now)
        .bind(address)
        .bind(keyId)
        .exec();
}

} // namespace nacre::server
