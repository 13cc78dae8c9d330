#include "store/SessionStore.h"

#include "auth/Tokens.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

const QString SessionColumns = u"id, user_id, created_at, last_seen_at, expires_at, revoked_at, address, user_agent"_s;

SessionRecord readSession(const SqlQuery& query)
{
    return SessionRecord {query.text(0), query.text(1), query.integer(2), query.integer(3), query.integer(4),
        query.integer(5), query.text(6), query.text(7)};
}

} // namespace

void SessionStore::insert(const SessionRecord& session, const QString& tokenHash)
{
    SqlQuery(m_db,
        u"INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, address, "
        "user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(session.id)
        .bind(tokenHash)
        .bind(session.userId)
        .bind(session.createdAt)
        .bind(session.lastSeenAt)
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

void SessionStore::touch(const QString& sessionId, qint64 now)
{
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

int LoginAttemptStore::countSince(const QString& column, const QString& value, qint64 since) const
{
    SqlQuery query(m_db,
        u"SELECT COUNT(*) FROM login_attempts WHERE "_s + column + u" = ? AND succeeded = 0 AND attempted_at >= ?"_s);
    query.bind(value).bind(since).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

qint64 LoginAttemptStore::oldestSince(const QString& column, const QString& value, qint64 since) const
{
    SqlQuery query(m_db,
        u"SELECT MIN(attempted_at) FROM login_attempts WHERE "_s + column
            + u" = ? AND succeeded = 0 AND attempted_at >= ?"_s);
    query.bind(value).bind(since).exec();
    return query.next() ? query.integer(0) : 0;
}

int LoginAttemptStore::failuresForEmailSince(const QString& email, qint64 since) const
{
    return countSince(u"email"_s, email, since);
}

int LoginAttemptStore::failuresForAddressSince(const QString& address, qint64 since) const
{
    return countSince(u"address"_s, address, since);
}

qint64 LoginAttemptStore::oldestFailureForEmailSince(const QString& email, qint64 since) const
{
    return oldestSince(u"email"_s, email, since);
}

qint64 LoginAttemptStore::oldestFailureForAddressSince(const QString& address, qint64 since) const
{
    return oldestSince(u"address"_s, address, since);
}

} // namespace nacre::server
