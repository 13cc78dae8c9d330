#include "routes/TwoFactorRoutes.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "auth/PasswordHasher.h"
#include "auth/Totp.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void TwoFactorRoutes::install(Router& router)
{
    router.add("POST", u"/api/v1/me/totp"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        if (auth.user.twoFactorEnabled)
            throw ApiError::conflict(u"totp_enabled"_s, u"Two-factor sign-in is already on for this account."_s);
        // A new secret each time: starting again replaces an enrolment left half done.
        const QByteArray secret = Totp::newSecret();
        Transaction transaction(m_context.db);
        m_context.users.setPendingSecret(auth.user.id, Totp::toBase32(secret));
        transaction.commit();
        return ApiResponse::json(QJsonObject {{u"secret"_s, Totp::toBase32(secret)},
            {u"uri"_s, Totp::provisioningUri(secret, auth.user.email, u"Nacre"_s)}});
    });

    router.add("POST", u"/api/v1/me/totp/confirm"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString code = reader.string(u"code"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        Transaction transaction(m_context.db);
        const UserStore::TwoFactor state = m_context.users.twoFactor(auth.user.id);
        if (state.pending.isEmpty())
            throw ApiError::conflict(u"totp_not_started"_s, u"Start setting up two-factor sign-in first."_s);
        const auto step = Totp::matchingStepOfStored(state.pending, code, m_context.clock.nowMs() / 1000);
        if (!step)
            throw ApiError::validation(FieldError {u"code"_s, u"wrong_code"_s,
                u"That code is not right. Check that your phone's clock is correct and type the newest code."_s});
        m_context.users.activatePendingSecret(auth.user.id, *step);
        RouteSupport::auditForAccount(m_context, auth.user.id, auth.person(), u"account.two_factor_enabled"_s, {},
            RouteSupport::clientAddress(request));
        transaction.commit();
        return ApiResponse::json(m_context.users.findById(auth.user.id)->toProfile().toJson());
    });

    router.add("DELETE", u"/api/v1/me/totp"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString password = reader.string(u"password"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        if (!PasswordHasher::verify(password, auth.user.passwordHash))
            throw ApiError::validation(
                FieldError {u"password"_s, u"wrong_password"_s, u"The password is not right."_s});
        Transaction transaction(m_context.db);
        m_context.users.disableTwoFactor(auth.user.id);
        if (auth.user.twoFactorEnabled)
            RouteSupport::auditForAccount(m_context, auth.user.id, auth.person(), u"account.two_factor_disabled"_s, {},
                RouteSupport::clientAddress(request));
        transaction.commit();
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
