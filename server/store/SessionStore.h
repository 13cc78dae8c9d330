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
    // The live sessions of the workspace's members (of one of them when `userId` is given), most
    // recently seen first.
    QList<SessionRecord> listActiveOfMembers(const QString& workspaceId, const QString& userId, qint64 now) const;
    std::optional<SessionRecord> find(const QString& sessionId) const;
    // Who the request was for: the person (it counts as activity) or the app refreshing on its own.
    enum class Activity { Person, Background };
    void touch(const QString& sessionId, qint64 now, Activity activity);
    bool revoke(const QString& userId, const QString& sessionId, qint64 now); // false: no such session of the user
    void revokeAllExcept(const QString& userId, const QString& keptSessionId, qint64 now);
    int revokeAll(const QString& userId, qint64 now); // how many were live

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

    struct AttemptFilter
    {
        QString email; // empty: any account
        QString address; // empty: any address
    };
    struct Failures
    {
        int count = 0;
        qint64 oldest = 0;
        qint64 newest = 0;
    };
    Failures failuresSince(const AttemptFilter& filter, qint64 since) const;
    // Whether this account signed in successfully from this address since then (a known address).
    bool succeededFrom(const QString& email, const QString& address, qint64 since) const;

private:
    Database& m_db;
};

} // namespace nacre::server
