#include "services/TwoFactorService.h"

#include "ServerContext.h"
#include "auth/RecoveryCodes.h"
#include "auth/Totp.h"
#include "http/ApiError.h"
#include "services/AccountService.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QStringList issueRecoveryCodes(ServerContext& context, const QString& userId, qint64 now)
{
    const QStringList codes = RecoveryCodes::generate();
    QStringList hashes;
    for (const QString& code : codes)
        hashes.append(RecoveryCodes::hash(userId, *RecoveryCodes::normalize(code)));
    context.recoveryCodes.replace(userId, hashes, now);
    return codes;
}

} // namespace

TwoFactorEnrolment TwoFactorService::begin(const AuthContext& auth, const QString& password)
{
    if (auth.user.twoFactorEnabled)
        throw ApiError::conflict(ProblemCode::TotpEnabled, u"Two-factor sign-in is already on for this account."_s);
    AccountService::requirePassword(auth.user, password, u"password"_s);
    // A new secret each time: starting again replaces an enrolment left half done.
    const QByteArray secret = Totp::newSecret();
    Transaction transaction(m_context.db);
    m_context.users.setPendingSecret(auth.user.id, Totp::toBase32(secret));
    transaction.commit();
    return TwoFactorEnrolment {Totp::toBase32(secret), Totp::provisioningUri(secret, auth.user.email, u"Nacre"_s)};
}

UserRecord TwoFactorService::confirm(const AuthContext& auth, const QString& code, QStringList* recoveryCodes)
{
    Transaction transaction(m_context.db);
    const UserStore::TwoFactor state = m_context.users.twoFactor(auth.user.id);
    if (state.pending.isEmpty())
        throw ApiError::conflict(ProblemCode::TotpNotStarted, u"Start setting up two-factor sign-in first."_s);
    const auto step = Totp::matchingStepOfStored(state.pending, code, now() / 1000);
    if (!step)
        throw ApiError::validation(FieldError {u"code"_s, QString::fromLatin1(ErrorCode::WrongCode),
            u"That code is not right. Check that your phone's clock is correct and type the newest code."_s});
    m_context.users.activatePendingSecret(auth.user.id, *step);
    *recoveryCodes = issueRecoveryCodes(m_context, auth.user.id, now());
    m_context.securityLog.record(auth.user.id, SecurityEventType::TwoFactorEnabled, auth.origin, {}, now());
    const UserRecord updated = *m_context.users.findById(auth.user.id);
    transaction.commit();
    return updated;
}

void TwoFactorService::disable(const AuthContext& auth, const QString& password)
{
    AccountService::requirePassword(auth.user, password, u"password"_s);
    Transaction transaction(m_context.db);
    m_context.users.disableTwoFactor(auth.user.id);
    m_context.recoveryCodes.removeAll(auth.user.id);
    if (auth.user.twoFactorEnabled)
        m_context.securityLog.record(auth.user.id, SecurityEventType::TwoFactorDisabled, auth.origin, {}, now());
    transaction.commit();
}

QStringList TwoFactorService::renewRecoveryCodes(const AuthContext& auth, const QString& password)
{
    AccountService::requirePassword(auth.user, password, u"password"_s);
    if (!auth.user.twoFactorEnabled)
        throw ApiError::conflict(
            ProblemCode::TotpNotStarted, u"Recovery codes come with two-factor sign-in: turn it on first."_s);
    Transaction transaction(m_context.db);
    const QStringList codes = issueRecoveryCodes(m_context, auth.user.id, now());
    m_context.securityLog.record(auth.user.id, SecurityEventType::RecoveryCodesRenewed, auth.origin, {}, now());
    transaction.commit();
    return codes;
}

int TwoFactorService::recoveryCodesLeft(const AuthContext& auth) const
{
    return m_context.recoveryCodes.countLeft(auth.user.id);
}

} // namespace nacre::server
