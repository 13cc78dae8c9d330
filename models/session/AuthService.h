#pragma once

#include "api/ApiClient.h"
#include "domain/UserProfile.h"

#include <QObject>

namespace nacre::client {

struct SignInResult
{
    ApiError error;
    QString token;
    UserProfile profile;
    QString workspaceId; // setup only: the first workspace

    bool ok() const { return !error.isError(); }
};

struct SetupForm
{
    QString displayName;
    QString email;
    QString password;
    QString workspaceName;
};

// First-run setup, sign-in and sign-out against /api/v1/auth.
class AuthService : public QObject
{
    Q_OBJECT

public:
    explicit AuthService(ApiClient& api, QObject* parent = nullptr);

    QUrl server() const { return m_api.baseUrl(); } // where passwords typed for this service go

    void fetchSetupRequired(QObject* context, std::function<void(bool required, const ApiError&)> done);
    void setUp(const SetupForm& form, QObject* context, std::function<void(const SignInResult&)> done);
    // `oneTimeCode`: the authenticator app's code, for accounts with two-factor sign-in (the
    // server answers totp_required without it).
    void signIn(const QString& email, const QString& password, const QString& oneTimeCode, QObject* context,
        std::function<void(const SignInResult&)> done);
    void signOut(QObject* context, std::function<void(const ApiError&)> done);
    // A remembered token may have ended on the server: asks for the account with it, without the
    // re-sign-in an ordinary 401 would start. Offline answers come back as such (isOffline()).
    void verifyStoredSession(QObject* context, std::function<void(const SignInResult&)> done);
    // Asks the server whether it is there (GET /healthz); the client notices the answer itself.
    void probe(QObject* context);

    // "Forgot password?": the server mails a code when the address has an account, and answers the
    // same when it has none. `validMinutes` is how long the code works.
    void requestPasswordReset(
        const QString& email, QObject* context, std::function<void(int validMinutes, const ApiError&)> done);
    // A new password with the mailed code; every session of the account ends.
    void completePasswordReset(
        const QString& code, const QString& password, QObject* context, std::function<void(const ApiError&)> done);

    static SignInResult toSignInResult(const ApiResult& result);

private:
    ApiClient& m_api;
};

} // namespace nacre::client
