#pragma once

#include <QStringList>

namespace nacre::server {

class Database;

// The recovery_codes table (migration 0013): hashes only.
class RecoveryCodeStore
{
public:
    explicit RecoveryCodeStore(Database& database)
        : m_db(database)
    { }

    void replace(const QString& userId, const QStringList& codeHashes, qint64 now); // the old ones stop working
    bool use(const QString& userId, const QString& codeHash, qint64 now); // false: unknown or used
    int countLeft(const QString& userId) const;
    void removeAll(const QString& userId);

private:
    Database& m_db;
};

} // namespace nacre::server
