#pragma once

#include <QString>

namespace nacre::server {

class Clock;
class LoginAttemptStore;

// How failed sign-ins are slowed. Three limits, each answered with 429 and Retry-After:
// - per address: many failures from one address (any accounts) stop that address for a while;
// - per account and address: a few failures for one account from one address stop that pair;
// - per account, progressive: past a number of failures from anywhere, each further attempt from
//   an address this account has not signed in from before waits twice as long as the last
//   (capped). Addresses the account signed in from recently are not slowed by this one, so an
//   attacker who knows the owner's email slows everyone else but cannot lock the owner out.
struct ThrottlePolicy
{
    qint64 windowMs = 15 * 60 * 1000;
    int maxFailuresPerAddress = 20;
    int maxFailuresPerAccountAndAddress = 5;
    int accountDelayAfter = 10; // failures for the account (any address) before the delay starts
    int maxAccountDelaySeconds = 300;
    qint64 knownAddressMs = 30LL * 24 * 3600 * 1000; // a success from the address within this counts
};

class SignInThrottle
{
public:
    SignInThrottle(const LoginAttemptStore& attempts, const Clock& clock, const ThrottlePolicy& policy)
        : m_attempts(attempts)
        , m_clock(clock)
        , m_policy(policy)
    { }

    // Throws ApiError 429 (with Retry-After) when this attempt must wait.
    void check(const QString& email, const QString& address) const;

private:
    const LoginAttemptStore& m_attempts;
    const Clock& m_clock;
    const ThrottlePolicy& m_policy;
};

} // namespace nacre::server
