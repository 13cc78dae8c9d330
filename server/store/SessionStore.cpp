#include "store/SessionStore.h"

#include "auth/Tokens.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

const QString SessionColumns
    = u"id, user_id, created_at, last_seen_at, last_active_at, expires_at, revoked_at, address, user_agent"_s;

SessionRecord readSession(const SqlQuery& query)
{
    return SessionRecord {.id = query.text(0),
        .userId = query.text(1),
        .createdAt = query.integer(2),
        .lastSeenAt = query.integer(3),
        .lastActiveAt = query.integer(4),
        .expiresAt = query.integer(5),
        .revokedAt = query.integer(6),
        .address = query.text(7),
        .userAgent = query.text(8)};
}

} // namespace

void SessionStore::insert(const SessionRecord& session, const QString& tokenHash)
{
    SqlQuery(m_db,
        u"INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, last_active_at, expires_at, "
        "address, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(session.id)
        .bind(tokenHash)
        .bind(session.userId)
        .bind(session.createdAt)
        .bind(session.lastSeenAt)
        .bind(session.lastActiveAt)
        .bind(session.expiresAt)
        .bind(session.address)
        .bind(session.userAgent)
        .exec();
}

std::optional<SessionRecord> SessionStore::findByTokenHash(const QString& tokenHash) const
{
    SqlQuery query(m_db, u"SELECT "_s + SessionColumns + u" FROM sessions WHERE token_hash = ?"_s);
    query.bind(tokenHash).exec();
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

QList<SessionRecord> SessionStore::listActive(const QString& userId, qint64 now) const
{
    SqlQuery query(m_db,
        u"SELECT "_s + SessionColumns
            + u" FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? "
              "ORDER BY last_seen_at DESC, id"_s);
    query.bind(userId).bind(now).exec();
    QList<SessionRecord> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

QList<SessionRecord> SessionStore::listActiveOfMembers(
    const QString& workspaceId, const QString& userId, qint64 now) const
{
    SqlQuery query(m_db,
        u"SELECT "_s + SessionColumns
            + u" FROM sessions WHERE user_id IN (SELECT user_id FROM memberships WHERE workspace_id = ?) "
              "AND revoked_at IS NULL AND expires_at > ?"_s
            + (userId.isEmpty() ? QString() : u" AND user_id = ?"_s) + u" ORDER BY last_seen_at DESC, id"_s);
    query.bind(workspaceId).bind(now);
    if (!userId.isEmpty())
        query.bind(userId);
    query.exec();
    QList<SessionRecord> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

std::optional<SessionRecord> SessionStore::find(const QString& sessionId) const
{
    SqlQuery query(m_db, u"SELECT "_s + SessionColumns + u" FROM sessions WHERE id = ?"_s);
    query.bind(sessionId).exec();
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

void SessionStore::touch(const QString& sessionId, qint64 now, Activity activity)
{
    if (activity == Activity::Person)
        SqlQuery(m_db, u"UPDATE sessions SET last_seen_at = ?, last_active_at = ? WHERE id = ?"_s)
            .bind(now)
            .bind(now)
            .bind(sessionId)
            .exec();
    else
        SqlQuery(m_db, u"UPDATE sessions SET last_seen_at = ? WHERE id = ?"_s).bind(now).bind(sessionId).exec();
}

bool SessionStore::revoke(const QString& userId, const QString& sessionId, qint64 now)
{
    SqlQuery query(m_db, u"UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL"_s);
    query.bind(now).bind(sessionId).bind(userId).exec();
    return query.rowsAffected() == 1;
}

void SessionStore::revokeAllExcept(const QString& userId, const QString& keptSessionId, qint64 now)
{
    SqlQuery(m_db, u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL"_s)
        .bind(now)
        .bind(userId)
        .bind(keptSessionId)
        .exec();
}

int SessionStore::revokeAll(const QString& userId, qint64 now)
{
    SqlQuery query(m_db, u"UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s);
    query.bind(now).bind(userId).exec();
    return query.rowsAffected();
}

void LoginAttemptStore::record(const QString& email, const QString& address, bool succeeded, qint64 now)
{
    SqlQuery(m_db, u"INSERT INTO login_attempts (id, email, address, succeeded, attempted_at) VALUES (?, ?, ?, ?, ?)"_s)
        .bind(Tokens::newId())
        .bind(email)
        .bind(address)
        .bind(succeeded ? 1 : 0)
        .bind(now)
        .exec();
}

LoginAttemptStore::Failures LoginAttemptStore::failuresSince(const AttemptFilter& filter, qint64 since) const
{
    QString where = u"succeeded = 0 AND attempted_at >= ?"_s;
    QVariantList values {since};
    if (!filter.email.isEmpty()) {
        where += u" AND email = ?"_s;
        values << filter.email;
    }
    if (!filter.address.isEmpty()) {
        where += u" AND address = ?"_s;
        values << filter.address;
    }
    SqlQuery query(m_db, u"SELECT COUNT(*), MIN(attempted_at), MAX(attempted_at) FROM login_attempts WHERE "_s + where);
    for (const QVariant& value : std::as_const(values))
        query.bind(value);
    query.exec();
    if (!query.next())
        return {};
    return Failures {.count = int(query.integer(0)), .oldest = query.integer(1), .newest = query.integer(2)};
}

bool LoginAttemptStore::succeededFrom(const QString& email, const QString& address, qint64 since) const
{
    SqlQuery query(m_db,
        u"SELECT 1 FROM login_attempts WHERE email = ? AND address = ? AND succeeded = 1 AND attempted_at >= ? "
        "LIMIT 1"_s);
    query.bind(email).bind(address).bind(since).exec();
    return query.next();
}

} // namespace nacre::server
