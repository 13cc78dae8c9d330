#include "store/RecoveryCodeStore.h"

#include "auth/Tokens.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void RecoveryCodeStore::replace(const QString& userId, const QStringList& codeHashes, qint64 now)
{
    removeAll(userId);
    for (const QString& hash : codeHashes)
        SqlQuery(m_db, u"INSERT INTO recovery_codes (id, user_id, code_hash, created_at) VALUES (?, ?, ?, ?)"_s)
            .bind(Tokens::newId())
            .bind(userId)
            .bind(hash)
            .bind(now)
            .exec();
}

bool RecoveryCodeStore::use(const QString& userId, const QString& codeHash, qint64 now)
{
    SqlQuery query(
        m_db, u"UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL"_s);
    query.bind(now).bind(userId).bind(codeHash).exec();
    return query.rowsAffected() == 1;
}

int RecoveryCodeStore::countLeft(const QString& userId) const
{
    SqlQuery query(m_db, u"SELECT COUNT(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL"_s);
    query.bind(userId).exec();
    return query.next() ? int(query.integer(0)) : 0;
}

void RecoveryCodeStore::removeAll(const QString& userId)
{
    SqlQuery(m_db, u"DELETE FROM recovery_codes WHERE user_id = ?"_s).bind(userId).exec();
}

} // namespace nacre::server
