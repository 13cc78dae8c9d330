#include "session/AuthService.h"

using namespace Qt::StringLiterals;

namespace nacre::client {

AuthService::AuthService(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void AuthService::verifyStoredSession(QObject* context, std::function<void(const SignInResult&)> done)
{
    // The token is read when the answer comes: a request parked on an ended session is answered
    // with the token of the sign-in that resumed it, not the one it was first sent with.
    m_api.get(u"/api/v1/me"_s, context, [this, done = std::move(done)](const ApiResult& result) {
        SignInResult restored;
        restored.error = result.error;
        if (result.ok()) {
            const auto profile = UserProfile::fromJson(result.object());
            if (profile.isOk()) {
                restored.token = m_api.token();
                restored.profile = profile.value();
            } else {
                restored.error = ApiError::invalidResponse(result.status);
            }
        }
        done(restored);
    });
}

void AuthService::probe(QObject* context)
{
    m_api.get(u"/healthz"_s, context, {});
}

SignInResult AuthService::toSignInResult(const ApiResult& result)
{
    SignInResult signIn;
    signIn.error = result.error;
    if (!result.ok())
        return signIn;
    signIn.token = result.object().value(u"token"_s).toString();
    signIn.workspaceId = result.object().value(u"workspaceId"_s).toString();
    const auto profile = UserProfile::fromJson(result.object().value(u"user"_s).toObject());
    if (!profile.isOk() || signIn.token.isEmpty()) {
        signIn.error = ApiError::invalidResponse(result.status);
        return signIn;
    }
    signIn.profile = profile.value();
    return signIn;
}

void AuthService::fetchSetupRequired(QObject* context, std::function<void(bool, const ApiError&)> done)
{
    m_api.get(u"/api/v1/auth/status"_s, context, [done = std::move(done)](const ApiResult& result) {
        done(result.object().value(u"setupRequired"_s).toBool(), result.error);
    });
}

void AuthService::setUp(const SetupForm& form, QObject* context, std::function<void(const SignInResult&)> done)
{
    const QJsonObject body {{u"displayName"_s, form.displayName}, {u"email"_s, form.email},
        {u"password"_s, form.password}, {u"workspaceName"_s, form.workspaceName}};
    m_api.send("POST", u"/api/v1/auth/setup"_s, body, context,
        [done = std::move(done)](const ApiResult& result) { done(toSignInResult(result)); });
}

void AuthService::signIn(const QString& email, const QString& password, const QString& oneTimeCode, QObject* context,
    std::function<void(const SignInResult&)> done)
{
    QJsonObject body {{u"email"_s, email}, {u"password"_s, password}};
    if (!oneTimeCode.trimmed().isEmpty())
        body.insert(u"totp"_s, oneTimeCode.trimmed());
    m_api.send("POST", u"/api/v1/auth/login"_s, body, context,
        [done = std::move(done)](const ApiResult& result) { done(toSignInResult(result)); });
}

void AuthService::signOut(QObject* context, std::function<void(const ApiError&)> done)
{
    m_api.send("POST", u"/api/v1/auth/logout"_s, QJsonObject {}, context,
        [done = std::move(done)](const ApiResult& result) { done(result.error); });
}

void AuthService::requestPasswordReset(
    const QString& email, QObject* context, std::function<void(int, const ApiError&)> done)
{
    m_api.send("POST", u"/api/v1/auth/password-reset"_s, QJsonObject {{u"email"_s, email}}, context,
        [done = std::move(done)](
            const ApiResult& result) { done(result.object().value(u"validMinutes"_s).toInt(), result.error); });
}

void AuthService::completePasswordReset(
    const QString& code, const QString& password, QObject* context, std::function<void(const ApiError&)> done)
{
    m_api.send("POST", u"/api/v1/auth/password-reset/complete"_s,
        QJsonObject {{u"code"_s, code.trimmed()}, {u"password"_s, password}}, context,
        [done = std::move(done)](const ApiResult& result) { done(result.error); });
}

} // namespace nacre::client
