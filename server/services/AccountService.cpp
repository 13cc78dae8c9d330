#include "services/AccountService.h"

#include "ServerContext.h"
#include "auth/PasswordHasher.h"
#include "http/ApiError.h"
#include "services/Versions.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void AccountService::requirePassword(const UserRecord& user, const QString& password, const QString& field)
{
    if (password.isEmpty())
        throw ApiError::validation(FieldError {
            field, QString::fromLatin1(ErrorCode::Required), u"Enter your current password to confirm this change."_s});
    if (!PasswordHasher::verify(password, user.passwordHash))
        throw ApiError::validation(FieldError {field, QString::fromLatin1(ErrorCode::WrongPassword),
            field == u"currentPassword"_s ? u"The current password is not right."_s : u"The password is not right."_s});
}

UserRecord AccountService::updateProfile(const AuthContext& auth, const ProfilePatch& patch, const QByteArray& ifMatch)
{
    Versions::requireMatch(ifMatch, Versions::of(auth.user));
    const bool emailChanges = patch.email && *patch.email != auth.user.email;
    if (emailChanges)
        requirePassword(auth.user, patch.currentPassword, u"currentPassword"_s);

    Transaction transaction(m_context.db);
    const auto current = m_context.users.findById(auth.user.id);
    if (!current || current->version != auth.user.version)
        throw ApiError::preconditionFailed();
    UserRecord updated = *current;
    updated.displayName = patch.displayName.value_or(current->displayName);
    updated.locale = patch.locale.value_or(current->locale);
    updated.timeZone = patch.timeZone.value_or(current->timeZone);
    const bool profileChanges = updated.displayName != current->displayName || updated.locale != current->locale
        || updated.timeZone != current->timeZone;
    if (!profileChanges && !emailChanges)
        return *current; // nothing changes: not the version either

    if (profileChanges) {
        m_context.users.updateProfile(updated);
        QJsonObject changed;
        if (updated.displayName != current->displayName)
            changed.insert(u"displayName"_s, updated.displayName);
        if (updated.locale != current->locale)
            changed.insert(u"locale"_s, updated.locale);
        if (updated.timeZone != current->timeZone)
            changed.insert(u"timeZone"_s, updated.timeZone);
        m_context.securityLog.record(auth.user.id, SecurityEventType::ProfileUpdated, auth.origin, changed, now());
    }
    if (emailChanges) {
        if (m_context.users.findByEmail(*patch.email))
            throw ApiError::conflict(ProblemCode::EmailTaken, u"Another account already uses %1."_s.arg(*patch.email))
                .withMember(u"email"_s, *patch.email)
                .withMember(u"errors"_s,
                    QJsonArray {FieldError {u"email"_s, QString::fromLatin1(ErrorCode::Duplicate),
                        u"Another account already uses this address."_s}
                                    .toJson()});
        m_context.users.changeEmail(auth.user.id, *patch.email);
        m_context.securityLog.record(auth.user.id, SecurityEventType::EmailChanged, auth.origin,
            QJsonObject {{u"from"_s, current->email}, {u"to"_s, *patch.email}}, now());
    }
    const UserRecord saved = *m_context.users.findById(auth.user.id);
    transaction.commit();
    return saved;
}

void AccountService::changePassword(const AuthContext& auth, const QString& currentPassword, const QString& newPassword)
{
    requirePassword(auth.user, currentPassword, u"currentPassword"_s);
    const QString hash = PasswordHasher::hash(newPassword);

    Transaction transaction(m_context.db);
    m_context.users.setPasswordHash(auth.user.id, hash);
    // A changed password ends every other session: whoever knew the old one is out.
    m_context.sessions.revokeAllExcept(auth.user.id, auth.session.id, now());
    m_context.securityLog.record(auth.user.id, SecurityEventType::PasswordChanged, auth.origin, {}, now());
    transaction.commit();
}

QList<SessionRecord> AccountService::sessions(const AuthContext& auth) const
{
    return m_context.sessions.listActive(auth.user.id, now());
}

void AccountService::endSession(const AuthContext& auth, const QString& sessionId)
{
    Transaction transaction(m_context.db);
    if (!m_context.sessions.revoke(auth.user.id, sessionId, now()))
        throw ApiError::notFound(u"session"_s);
    m_context.securityLog.record(
        auth.user.id, SecurityEventType::SessionEnded, auth.origin, QJsonObject {{u"sessionId"_s, sessionId}}, now());
    transaction.commit();
}

SecurityPage AccountService::securityLog(const AuthContext& auth, const QString& cursor, int limit) const
{
    return m_context.securityLog.list(auth.user.id, cursor, limit);
}

} // namespace nacre::server
