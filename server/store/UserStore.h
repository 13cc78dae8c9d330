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

private:
    std::optional<UserRecord> findOne(const QString& column, const QString& value) const;
    Database& m_db;
};

} // namespace nacre::server
