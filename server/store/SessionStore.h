#pragma once

#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

class SessionStore
{
public:
    explicit SessionStore(Database& database)
        : m_db(database)
    { }

    void insert(const SessionRecord& session, const QString& tokenHash);
    std::optional<SessionRecord> findByTokenHash(const QString& tokenHash) const;
    QList<SessionRecord> listActive(const QString& userId, qint64 now) const;
    void touch(const QString& sessionId, qint64 now);
    bool revoke(const QString& userId, const QString& sessionId, qint64 now); // false: no such session of the user
    void revokeAllExcept(const QString& userId, const QString& keptSessionId, qint64 now);

private:
    Database& m_db;
};

class LoginAttemptStore
{
public:
    explicit LoginAttemptStore(Database& database)
        : m_db(database)
    { }

    void record(const QString& email, const QString& address, bool succeeded, qint64 now);
    int failuresForEmailSince(const QString& email, qint64 since) const;
    int failuresForAddressSince(const QString& address, qint64 since) const;
    qint64 oldestFailureForEmailSince(const QString& email, qint64 since) const;
    qint64 oldestFailureForAddressSince(const QString& address, qint64 since) const;

private:
    int countSince(const QString& column, const QString& value, qint64 since) const;
    qint64 oldestSince(const QString& column, const QString& value, qint64 since) const;
    Database& m_db;
};

} // namespace nacre::server
