#include "routes/AuthRoutes.h"

#include "NacreVersion.h"
#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"
#include "validation/PasswordRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QJsonObject signedInJson(const SignedIn& signedIn)
{
    QJsonObject json {{u"token"_s, signedIn.token}, {u"sessionId"_s, signedIn.session.id},
        {u"expiresAt"_s, JsonReader::formatDateTime(fromMs(signedIn.session.expiresAt))},
        {u"user"_s, signedIn.user.toProfile().toJson()}};
    if (!signedIn.workspaceId.isEmpty())
        json.insert(u"workspaceId"_s, signedIn.workspaceId);
    return json;
}

} // namespace

void AuthRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/auth/status"_s, [this](ApiRequest&) {
        // What a client needs before anyone signs in: whether first-run setup is still open, and the
        // address invitation links name (a loopback one means only this computer can open them).
        return ApiResponse::json(QJsonObject {{u"setupRequired"_s, m_services.signIn.setupRequired()},
            {u"serverVersion"_s, QStringLiteral(NACRE_VERSION_STRING)},
            {u"publicUrl"_s, m_services.invitations.publicUrl()}});
    });

    router.add("POST", u"/api/v1/auth/setup"_s, [this](ApiRequest& request) {
        JsonReader reader = RouteSupport::bodyReader(request);
        SetupInput input {.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName),
            .email = reader.validatedString(u"email"_s, &EmailAddress::normalized),
            .password = reader.validatedString(u"password"_s, &PasswordRules::validated),
            .workspaceName = reader.validatedString(u"workspaceName"_s, &NameRules::workspaceName)};
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        return ApiResponse::json(signedInJson(m_services.signIn.setUp(input, Authenticator::originOf(request))), 201);
    });

    router.add("POST", u"/api/v1/auth/login"_s, [this](ApiRequest& request) {
        JsonReader reader = RouteSupport::bodyReader(request);
        Credentials credentials {.email = reader.string(u"email"_s),
            .password = reader.string(u"password"_s),
            .oneTimeCode = reader.optionalString(u"totp"_s)};
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        return ApiResponse::json(signedInJson(m_services.signIn.signIn(credentials, Authenticator::originOf(request))));
    });

    router.add("POST", u"/api/v1/auth/logout"_s, [this](ApiRequest& request) {
        m_services.signIn.signOut(m_auth.authenticate(request));
        return ApiResponse::noContent();
    });

    // "Forgot password?": 202 whether or not the address has an account, so the answer says nothing
    // about who has one. The code goes by mail.
    router.add("POST", u"/api/v1/auth/password-reset"_s, [this](ApiRequest& request) {
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString email = reader.validatedString(u"email"_s, &EmailAddress::normalized);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        m_services.passwordResets.request(email, Authenticator::originOf(request));
        return ApiResponse::json(QJsonObject {{u"validMinutes"_s, PasswordResetService::CodeLifetimeMinutes}}, 202);
    });

    router.add("POST", u"/api/v1/auth/password-reset/complete"_s, [this](ApiRequest& request) {
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString code = reader.string(u"code"_s);
        const QString password = reader.validatedString(u"password"_s, &PasswordRules::validated);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        m_services.passwordResets.complete(code, password, Authenticator::originOf(request));
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
