#include "auth/SignInThrottle.h"

#include "auth/Clock.h"
#include "http/ApiError.h"
#include "store/SessionStore.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace nacre::server {

namespace {

int secondsUntil(qint64 when, qint64 now)
{
    return int(std::max<qint64>(1, (when - now + 999) / 1000));
}

} // namespace

void SignInThrottle::check(const QString& email, const QString& address) const
{
    const qint64 now = m_clock.nowMs();
    const qint64 windowStart = now - m_policy.windowMs;

    const auto fromAddress = m_attempts.failuresSince({.address = address}, windowStart);
    if (fromAddress.count >= m_policy.maxFailuresPerAddress) {
        qCWarning(lcAuth).noquote() << "sign-in throttled for address" << address;
        throw ApiError::tooManyRequests(secondsUntil(fromAddress.oldest + m_policy.windowMs, now),
            u"Too many failed sign-ins from this address. Wait a while and try again."_s);
    }

    const auto pair = m_attempts.failuresSince({.email = email, .address = address}, windowStart);
    if (pair.count >= m_policy.maxFailuresPerAccountAndAddress) {
        qCWarning(lcAuth).noquote() << "sign-in throttled for account" << email << "from" << address;
        throw ApiError::tooManyRequests(secondsUntil(pair.oldest + m_policy.windowMs, now),
            u"Too many failed sign-ins for this account. Wait a while and try again."_s);
    }

    const auto account = m_attempts.failuresSince({.email = email}, windowStart);
    if (account.count < m_policy.accountDelayAfter)
        return;
    if (m_attempts.succeededFrom(email, address, now - m_policy.knownAddressMs))
        return; // an address this account signs in from: not slowed by failures made elsewhere
    const int doublings = std::min(account.count - m_policy.accountDelayAfter, 20);
    const qint64 delayMs = std::min<qint64>(1000LL << doublings, m_policy.maxAccountDelaySeconds * 1000LL);
    if (now < account.newest + delayMs) {
        qCWarning(lcAuth).noquote() << "sign-in delayed for account" << email << "from" << address;
        throw ApiError::tooManyRequests(secondsUntil(account.newest + delayMs, now),
            u"This account has had many failed sign-ins. Wait a moment and try again."_s);
    }
}

} // namespace nacre::server
