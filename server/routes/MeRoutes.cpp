#include "routes/MeRoutes.h"

#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "auth/PasswordHasher.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "validation/LocaleRules.h"
#include "validation/NameRules.h"
#include "validation/PasswordRules.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

ApiResponse profileResponse(const UserRecord& user, int status = 200)
{
    return ApiResponse::json(user.toProfile().toJson(), status)
        .withETag(RouteSupport::etag("user", user.id, user.version));
}

} // namespace

void MeRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/me"_s,
        [this](ApiRequest& request) { return profileResponse(m_auth.authenticate(request).user); });

    router.add("PATCH", u"/api/v1/me"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        RouteSupport::requireIfMatch(request, RouteSupport::etag("user", auth.user.id, auth.user.version));
        JsonReader reader = RouteSupport::bodyReader(request);
        UserRecord updated = auth.user;
        if (reader.has(u"displayName"_s))
            updated.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
        if (reader.has(u"locale"_s))
            updated.locale = reader.validatedString(u"locale"_s, &LocaleRules::locale);
        if (reader.has(u"timeZone"_s))
            updated.timeZone = reader.validatedString(u"timeZone"_s, &LocaleRules::timeZone);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);

        Transaction transaction(m_context.db);
        const auto current = m_context.users.findById(auth.user.id);
        if (!current || current->version != auth.user.version)
            throw ApiError::preconditionFailed();
        m_context.users.updateProfile(updated);
        transaction.commit();
        return profileResponse(*m_context.users.findById(auth.user.id));
    });

    router.add("POST", u"/api/v1/me/password"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString current = reader.string(u"currentPassword"_s);
        const QString replacement = reader.validatedString(u"newPassword"_s, &PasswordRules::validated);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);
        if (!PasswordHasher::verify(current, auth.user.passwordHash))
            throw ApiError::validation(
                FieldError {u"currentPassword"_s, u"wrong_password"_s, u"The current password is not right."_s});
        const QString hash = PasswordHasher::hash(replacement);

        Transaction transaction(m_context.db);
        m_context.users.setPasswordHash(auth.user.id, hash);
        // A changed password ends every other session: whoever knew the old one is out.
        m_context.sessions.revokeAllExcept(auth.user.id, auth.session.id, m_context.clock.nowMs());
        transaction.commit();
        return ApiResponse::noContent();
    });

    router.add("GET", u"/api/v1/me/sessions"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        QJsonArray items;
        for (const SessionRecord& session : m_context.sessions.listActive(auth.user.id, m_context.clock.nowMs()))
            items.append(QJsonObject {{u"id"_s, session.id},
                {u"createdAt"_s, JsonReader::formatDateTime(fromMs(session.createdAt))},
                {u"lastSeenAt"_s, JsonReader::formatDateTime(fromMs(session.lastSeenAt))},
                {u"expiresAt"_s, JsonReader::formatDateTime(fromMs(session.expiresAt))},
                {u"address"_s, session.address}, {u"userAgent"_s, session.userAgent},
                {u"current"_s, session.id == auth.session.id}});
        return RouteSupport::list(items, {}, items.size());
    });

    router.add("DELETE", u"/api/v1/me/sessions/{session}"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        if (!m_context.sessions.revoke(auth.user.id, request.param(u"session"_s), m_context.clock.nowMs()))
            throw ApiError::notFound(u"session"_s);
        return ApiResponse::noContent();
    });
}

} // namespace nacre::server
