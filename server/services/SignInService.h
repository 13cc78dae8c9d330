#pragma once

#include "auth/SignInThrottle.h"
#include "services/Service.h"

namespace nacre::server {

struct SetupInput
{
    QString displayName;
    QString email;
    QString password;
    QString workspaceName;
};

struct Credentials
{
    QString email;
    QString password;
    QString oneTimeCode; // empty when none was typed
};

struct SignedIn
{
    QString token;
    SessionRecord session;
    UserRecord user;
    QString workspaceId; // the first workspace, after setup
};

// First-run setup, sign-in and sign-out. Failed sign-ins are throttled (SignInThrottle), logged
// without the password tried, and recorded in the account's security log.
class SignInService : public Service
{
public:
    SignInService(ServerContext& context, Authenticator& authenticator);

    bool setupRequired() const;
    SignedIn setUp(const SetupInput& input, const Origin& origin);
    SignedIn signIn(const Credentials& credentials, const Origin& origin);
    void signOut(const AuthContext& auth);

private:
    void recordFailure(const QString& email, const Origin& origin, const QString& reason);
    // For an account with two-factor sign-in: 401 totp_required without a code, totp_invalid for a
    // wrong or already used one (which counts as a failed sign-in).
    void checkOneTimeCode(const UserRecord& user, const QString& code, const Origin& origin);

    Authenticator& m_auth;
    SignInThrottle m_throttle;
};

} // namespace nacre::server
