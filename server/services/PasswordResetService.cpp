#include "services/PasswordResetService.h"

#include "ServerContext.h"
#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "http/ApiError.h"
#include "mail/PasswordResetMail.h"
#include "protocol/DeepLink.h"
#include "validation/EmailAddress.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace nacre::server {

namespace {
constexpr auto RequestMark = "password_reset.request";
constexpr auto WrongCodeMark = "password_reset.wrong_code";
} // namespace

void PasswordResetService::throttle(const char* kind, int limit, const Origin& origin) const
{
    const qint64 at = now();
    const AddressMarkStore::Marks marks
        = m_context.addressMarks.since(QString::fromLatin1(kind), origin.address, at - WindowMs);
    if (marks.count < limit)
        return;
    const int retryAfter = int(qMax<qint64>(1, (marks.oldest + WindowMs - at + 999) / 1000));
    throw ApiError::tooManyRequests(
        retryAfter, u"Too many password reset attempts from this address. Try again later."_s);
}

void PasswordResetService::request(const QString& email, const Origin& origin)
{
    throttle(RequestMark, MaxRequestsPerAddress, origin);
    const QString normalized = EmailAddress::normalized(email).valueOr(email.trimmed().toLower());
    QString code;
    std::optional<UserRecord> user;
    {
        Transaction transaction(m_context.db);
        const qint64 at = now();
        m_context.addressMarks.add(QString::fromLatin1(RequestMark), origin.address, at);
        user = m_context.users.findByEmail(normalized);
        if (user && m_context.passwordResets.countSince(user->id, at - WindowMs) < MaxMailsPerAccount) {
            // A new code retires the earlier ones: only the newest mail works.
            m_context.passwordResets.retireAll(user->id, at);
            code = Tokens::generate(QString::fromLatin1(DeepLink::ResetPrefix));
            m_context.passwordResets.insert(
                user->id, Tokens::hash(code), origin.address, at, at + CodeLifetimeMinutes * 60LL * 1000);
            m_context.securityLog.record(user->id, SecurityEventType::PasswordResetRequested, origin, {}, at);
            m_mail.queue(*user, code, CodeLifetimeMinutes, origin);
        }
        transaction.commit();
    }
    if (code.isEmpty()) {
        qCInfo(lcAuth).noquote() << "password reset asked from" << origin.address << "- no mail sent";
        return;
    }
    qCInfo(lcAuth).noquote() << "password reset code mailed to" << user->id << "asked from" << origin.address;
    m_mail.sendQueued();
}

void PasswordResetService::complete(const QString& code, const QString& newPassword, const Origin& origin)
{
    throttle(WrongCodeMark, MaxWrongCodesPerAddress, origin);
    const QString hash = PasswordHasher::hash(newPassword); // slow: outside the write lock

    Transaction transaction(m_context.db);
    const qint64 at = now();
    const auto reset = m_context.passwordResets.findUsable(Tokens::hash(code.trimmed()), at);
    if (!reset) {
        m_context.addressMarks.add(QString::fromLatin1(WrongCodeMark), origin.address, at);
        transaction.commit();
        qCWarning(lcAuth).noquote() << "unusable password reset code from" << origin.address;
        throw ApiError(400, ProblemCode::ResetCodeUnusable, u"Reset code not valid"_s,
            u"This code is wrong, was already used, or is older than %1 minutes. Ask for a new one."_s.arg(
                CodeLifetimeMinutes))
            .withMember(u"minutes"_s, CodeLifetimeMinutes);
    }
    m_context.users.setPasswordHash(reset->userId, hash);
    m_context.passwordResets.retireAll(reset->userId, at);
    // Whoever was signed in with the old password is out, on every device.
    m_context.sessions.revokeAll(reset->userId, at);
    m_context.securityLog.record(reset->userId, SecurityEventType::PasswordReset, origin, {}, at);
    transaction.commit();
    qCInfo(lcAuth).noquote() << "password reset for" << reset->userId << "from" << origin.address;
}

} // namespace nacre::server
