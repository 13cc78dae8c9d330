#pragma once

#include "store/Records.h"

#include <optional>

namespace nacre::server {

class Database;

class UserStore
{
public:
    explicit UserStore(Database& database)
        : m_db(database)
    { }

    void insert(const UserRecord& user);
    std::optional<UserRecord> findById(const QString& id) const;
    std::optional<UserRecord> findByEmail(const QString& normalizedEmail) const;
    qint64 count() const;
    void updateProfile(const UserRecord& user); // display name, locale, time zone; bumps the version
    void setPasswordHash(const QString& userId, const QString& hash);
    void changeEmail(const QString& userId, const QString& normalizedEmail); // bumps the version

    // Two-factor sign-in. Secrets are base32 text; the active one is what signs in.
    struct TwoFactor
    {
        QString secret; // active; empty when two-factor sign-in is off
        QString pending; // waiting for its first code; empty when no enrolment is under way
        qint64 lastStep = 0;
    };
    TwoFactor twoFactor(const QString& userId) const;
    void setPendingSecret(const QString& userId, const QString& secret);
    void activatePendingSecret(const QString& userId, qint64 step);
    void disableTwoFactor(const QString& userId);
    // Marks `step` used; false when it (or a later one) already was: a code signs in once.
    bool useStep(const QString& userId, qint64 step);

private:
    std::optional<UserRecord> findOne(const QString& column, const QString& value) const;
    Database& m_db;
};

} // namespace nacre::server
