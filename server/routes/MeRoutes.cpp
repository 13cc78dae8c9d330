#include "routes/MeRoutes.h"

#include "auth/Authenticator.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "services/Services.h"
#include "services/Versions.h"
#include "validation/EmailAddress.h"
#include "validation/LocaleRules.h"
#include "validation/NameRules.h"
#include "validation/PasswordRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

ApiResponse profileResponse(const UserRecord& user)
{
    return ApiResponse::json(user.toProfile().toJson()).withETag(Versions::of(user));
}

} // namespace

void MeRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/me"_s,
        [this](ApiRequest& request) { return profileResponse(m_auth.authenticate(request).user); });

    router.add("PATCH", u"/api/v1/me"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        ProfilePatch patch;
        if (reader.has(u"displayName"_s))
            patch.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
        if (reader.has(u"locale"_s))
            patch.locale = reader.validatedString(u"locale"_s, &LocaleRules::locale);
        if (reader.has(u"timeZone"_s))
            patch.timeZone = reader.validatedString(u"timeZone"_s, &LocaleRules::timeZone);
        if (reader.has(u"email"_s))
            patch.email = reader.validatedString(u"email"_s, &EmailAddress::normalized);
        patch.currentPassword = reader.optionalString(u"currentPassword"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        return profileResponse(m_services.accounts.updateProfile(auth, patch, RouteSupport::ifMatch(request)));
    });

    router.add("POST", u"/api/v1/me/password"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString current = reader.string(u"currentPassword"_s);
        const QString replacement = reader.validatedString(u"newPassword"_s, &PasswordRules::validated);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        m_services.accounts.changePassword(auth, current, replacement);
        return ApiResponse::noContent();
    });

    router.add("GET", u"/api/v1/me/sessions"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        QJsonArray items;
        for (const SessionRecord& session : m_services.accounts.sessions(auth))
            items.append(QJsonObject {{u"id"_s, session.id},
                {u"createdAt"_s, JsonReader::formatDateTime(fromMs(session.createdAt))},
                {u"lastSeenAt"_s, JsonReader::formatDateTime(fromMs(session.lastSeenAt))},
                {u"expiresAt"_s, JsonReader::formatDateTime(fromMs(session.expiresAt))},
                {u"address"_s, session.address}, {u"userAgent"_s, session.userAgent},
                {u"current"_s, session.id == auth.session.id}});
        return RouteSupport::list(items, {}, items.size());
    });

    router.add("DELETE", u"/api/v1/me/sessions/{session}"_s, [this](ApiRequest& request) {
        m_services.accounts.endSession(m_auth.authenticate(request), request.param(u"session"_s));
        return ApiResponse::noContent();
    });

    router.add("GET", u"/api/v1/me/security-log"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        const SecurityPage page
            = m_services.accounts.securityLog(auth, request.queryValue(u"cursor"_s), RouteSupport::pageLimit(request));
        QJsonArray items;
        for (const SecurityEvent& event : page.items)
            items.append(event.toJson());
        return RouteSupport::list(items, page.nextCursor);
    });
}

} // namespace nacre::server
