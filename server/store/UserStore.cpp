#include "store/UserStore.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "validation/NameRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void UserStore::insert(const UserRecord& user)
{
    SqlQuery(m_db,
        u"INSERT INTO users (id, email, display_name, sort_name, password_hash, locale, time_zone, "
        "version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"_s)
        .bind(user.id)
        .bind(user.email)
        .bind(user.displayName)
        .bind(NameRules::identityKey(user.displayName))
        .bind(user.passwordHash)
        .bind(user.locale)
        .bind(user.timeZone)
        .bind(user.createdAt)
        .exec();
}

std::optional<UserRecord> UserStore::findOne(const QString& column, const QString& value) const
{
    SqlQuery query(m_db,
        u"SELECT id, email, display_name, password_hash, locale, time_zone, totp_secret, version, "
        "created_at FROM users WHERE "_s
            + column + u" = ?"_s);
    query.bind(value).exec();
    if (!query.next())
        return std::nullopt;
    UserRecord user;
    user.id = query.text(0);
    user.email = query.text(1);
    user.displayName = query.text(2);
    user.passwordHash = query.text(3);
    user.locale = query.text(4);
    user.timeZone = query.text(5);
    user.twoFactorEnabled = !query.value(6).isNull();
    user.version = query.integer(7);
    user.createdAt = query.integer(8);
    return user;
}

std::optional<UserRecord> UserStore::findById(const QString& id) const
{
    return findOne(u"id"_s, id);
}

std::optional<UserRecord> UserStore::findByEmail(const QString& normalizedEmail) const
{
    return findOne(u"email"_s, normalizedEmail);
}

qint64 UserStore::count() const
{
    SqlQuery query(m_db, u"SELECT COUNT(*) FROM users"_s);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

void UserStore::updateProfile(const UserRecord& user)
{
    SqlQuery(m_db,
        u"UPDATE users SET display_name = ?, sort_name = ?, locale = ?, time_zone = ?, "
        "version = version + 1 WHERE id = ?"_s)
        .bind(user.displayName)
        .bind(NameRules::identityKey(user.displayName))
        .bind(user.locale)
        .bind(user.timeZone)
        .bind(user.id)
        .exec();
    // Member lists sort by a copy of the name (see migration 0002).
    SqlQuery(m_db, u"UPDATE memberships SET sort_name = ? WHERE user_id = ?"_s)
        .bind(NameRules::identityKey(user.displayName))
        .bind(user.id)
        .exec();
}

UserStore::TwoFactor UserStore::twoFactor(const QString& userId) const
{
    SqlQuery query(m_db, u"SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = ?"_s);
    query.bind(userId).exec();
    TwoFactor state;
    if (query.next()) {
        state.secret = query.text(0);
        state.pending = query.text(1);
        state.lastStep = query.integer(2);
    }
    return state;
}

void UserStore::setPendingSecret(const QString& userId, const QString& secret)
{
    SqlQuery(m_db, u"UPDATE users SET totp_pending = ? WHERE id = ?"_s).bind(secret).bind(userId).exec();
}

void UserStore::activatePendingSecret(const QString& userId, qint64 step)
{
    SqlQuery(m_db,
        u"UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ?, "
        "version = version + 1 WHERE id = ?"_s)
        .bind(step)
        .bind(userId)
        .exec();
}

void UserStore::disableTwoFactor(const QString& userId)
{
    SqlQuery(m_db,
        u"UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = 0, version = version + 1 "
        "WHERE id = ?"_s)
        .bind(userId)
        .exec();
}

bool UserStore::useStep(const QString& userId, qint64 step)
{
    SqlQuery query(m_db, u"UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?"_s);
    query.bind(step).bind(userId).bind(step).exec();
    return query.rowsAffected() == 1;
}

void UserStore::changeEmail(const QString& userId, const QString& normalizedEmail)
{
    SqlQuery(m_db, u"UPDATE users SET email = ?, version = version + 1 WHERE id = ?"_s)
        .bind(normalizedEmail)
        .bind(userId)
        .exec();
    SqlQuery(m_db, u"UPDATE memberships SET sort_email = ? WHERE user_id = ?"_s)
        .bind(normalizedEmail)
        .bind(userId)
        .exec();
}

void UserStore::setPasswordHash(const QString& userId, const QString& hash)
{
    SqlQuery(m_db, u"UPDATE users SET password_hash = ?, version = version + 1 WHERE id = ?"_s)
        .bind(hash)
        .bind(userId)
        .exec();
}

} // namespace nacre::server
