#include "routes/TwoFactorRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

// The one body these routes take: {"password": …} or {"code": …}.
QString singleField(const ApiRequest& request, const QString& key)
{
    JsonReader reader = RouteSupport::bodyReader(request);
    const QString value = reader.string(key);
    reader.rejectUnknownFields();
    RouteSupport::throwIfInvalid(reader);
    return value;
}

} // namespace

void TwoFactorRoutes::install(Router& router)
{
    router.add("POST", u"/api/v1/me/totp"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        const TwoFactorEnrolment enrolment = m_services.twoFactor.begin(auth, singleField(request, u"password"_s));
        return ApiResponse::json(QJsonObject {{u"secret"_s, enrolment.secret}, {u"uri"_s, enrolment.uri}});
    });

    router.add("POST", u"/api/v1/me/totp/confirm"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        QStringList codes;
        const UserRecord user = m_services.twoFactor.confirm(auth, singleField(request, u"code"_s), &codes);
        QJsonObject body = user.toProfile().toJson();
        body.insert(u"recoveryCodes"_s, QJsonArray::fromStringList(codes));
        return ApiResponse::json(body);
    });

    router.add("GET", u"/api/v1/me/recovery-codes"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        return ApiResponse::json(QJsonObject {{u"left"_s, m_services.twoFactor.recoveryCodesLeft(auth)}});
    });

    router.add("POST", u"/api/v1/me/recovery-codes"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        const QStringList codes = m_services.twoFactor.renewRecoveryCodes(auth, singleField(request, u"password"_s));
        return ApiResponse::json(QJsonObject {{u"recoveryCodes"_s, QJsonArray::fromStringList(codes)}});
    });

    router.add("DELETE", u"/api/v1/me/totp"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        m_services.twoFactor.disable(auth, singleField(request, u"password"_s));
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
