#pragma once

#include <QString>

#include <optional>

namespace nacre::server {

class Database;

// Mailed password-reset codes, by their hash. A code resets once, before it expires; a newer code
// or a completed reset retires every earlier one of the account.
class PasswordResetStore
{
public:
    explicit PasswordResetStore(Database& database)
        : m_db(database)
    { }

    struct Usable
    {
        QString id;
        QString userId;
    };

    void insert(const QString& userId, const QString& codeHash, const QString& address, qint64 now, qint64 expiresAt);
    // Codes mailed to the account since `since` (used or not): how many more may be mailed.
    int countSince(const QString& userId, qint64 since) const;
    std::optional<Usable> findUsable(const QString& codeHash, qint64 now) const;
    // Every unused code of the account stops working.
    void retireAll(const QString& userId, qint64 now);

private:
    Database& m_db;
};

// Requests counted per client address, whatever they named: throttles for answers that must not
// depend on whether an account exists. Marks older than a day are dropped as new ones are added.
class AddressMarkStore
{
public:
    explicit AddressMarkStore(Database& database)
        : m_db(database)
    { }

    void add(const QString& kind, const QString& address, qint64 now);
    struct Marks
    {
        int count = 0;
        qint64 oldest = 0;
    };
    Marks since(const QString& kind, const QString& address, qint64 since) const;

private:
    Database& m_db;
};

} // namespace nacre::server
