#include "store/PasswordResetStore.h"

#include "auth/Tokens.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {
constexpr qint64 MarkLifetimeMs = 24LL * 3600 * 1000;
}

void PasswordResetStore::insert(
    const QString& userId, const QString& codeHash, const QString& address, qint64 now, qint64 expiresAt)
{
    SqlQuery(m_db,
        u"INSERT INTO password_resets (id, user_id, code_hash, address, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(Tokens::newId())
        .bind(userId)
        .bind(codeHash)
        .bind(address)
        .bind(now)
        .bind(expiresAt)
        .exec();
}

int PasswordResetStore::countSince(const QString& userId, qint64 since) const
{
    SqlQuery query(m_db, u"SELECT COUNT(*) FROM password_resets WHERE user_id = ? AND created_at >= ?"_s);
    query.bind(userId).bind(since).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

std::optional<PasswordResetStore::Usable> PasswordResetStore::findUsable(const QString& codeHash, qint64 now) const
{
    SqlQuery query(
        m_db, u"SELECT id, user_id FROM password_resets WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"_s);
    query.bind(codeHash).bind(now).exec();
    if (!query.next())
        return std::nullopt;
    return Usable {query.text(0), query.text(1)};
}

void PasswordResetStore::retireAll(const QString& userId, qint64 now)
{
    SqlQuery(m_db, u"UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"_s)
        .bind(now)
        .bind(userId)
        .exec();
}

void AddressMarkStore::add(const QString& kind, const QString& address, qint64 now)
{
    SqlQuery(m_db, u"DELETE FROM address_marks WHERE marked_at < ?"_s).bind(now - MarkLifetimeMs).exec();
    SqlQuery(m_db, u"INSERT INTO address_marks (kind, address, marked_at) VALUES (?, ?, ?)"_s)
        .bind(kind)
        .bind(address)
        .bind(now)
        .exec();
}

AddressMarkStore::Marks AddressMarkStore::since(const QString& kind, const QString& address, qint64 since) const
{
    SqlQuery query(m_db,
        u"SELECT COUNT(*), COALESCE(MIN(marked_at), 0) FROM address_marks "
        "WHERE kind = ? AND address = ? AND marked_at >= ?"_s);
    query.bind(kind).bind(address).bind(since).exec();
    if (!query.next())
        return {};
    return Marks {int(query.integer(0)), query.integer(1)};
}

} // namespace nacre::server
