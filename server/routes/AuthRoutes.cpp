#include "routes/AuthRoutes.h"

#include "NacreVersion.h"
#include "ServerContext.h"
#include "auth/Authenticator.h"
#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "auth/Totp.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "routes/RouteSupport.h"
#include "routes/WorkspaceFactory.h"
#include "validation/EmailAddress.h"
#include "validation/NameRules.h"
#include "validation/PasswordRules.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace nacre::server {

namespace {

QJsonObject sessionJson(const QString& token, const SessionRecord& session, const UserRecord& user)
{
    return QJsonObject {{u"token"_s, token}, {u"sessionId"_s, session.id},
        {u"expiresAt"_s, JsonReader::formatDateTime(fromMs(session.expiresAt))},
        {u"user"_s, user.toProfile().toJson()}};
}

} // namespace

void AuthRoutes::install(Router& router)
{
    router.add("GET", u"/api/v1/auth/status"_s, [this](ApiRequest&) {
        // What a client needs before anyone signs in: whether first-run setup is still open.
        return ApiResponse::json(QJsonObject {{u"setupRequired"_s, m_context.users.count() == 0},
            {u"serverVersion"_s, QStringLiteral(NACRE_VERSION_STRING)}});
    });

    router.add("POST", u"/api/v1/auth/setup"_s, [this](ApiRequest& request) {
        JsonReader reader = RouteSupport::bodyReader(request);
        UserRecord owner;
        owner.displayName = reader.validatedString(u"displayName"_s, &NameRules::displayName);
        owner.email = reader.validatedString(u"email"_s, &EmailAddress::normalized);
        const QString password = reader.validatedString(u"password"_s, &PasswordRules::validated);
        const QString workspaceName = reader.validatedString(u"workspaceName"_s, &NameRules::workspaceName);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);

        owner.id = Tokens::newId();
        owner.passwordHash = PasswordHasher::hash(password); // slow: outside the write lock
        owner.createdAt = m_context.clock.nowMs();

        Transaction transaction(m_context.db);
        if (m_context.users.count() > 0)
            throw ApiError::conflict(u"already_set_up"_s, u"This server already has an owner. Sign in instead."_s);
        m_context.users.insert(owner);
        const WorkspaceRecord workspace
            = WorkspaceFactory::create(m_context, workspaceName, owner, RouteSupport::clientAddress(request));
        SessionRecord session;
        const QString token = m_auth.issueSession(owner, request, &session);
        transaction.commit();

        QJsonObject body = sessionJson(token, session, owner);
        body.insert(u"workspaceId"_s, workspace.id);
        return ApiResponse::json(body, 201);
    });

    router.add("POST", u"/api/v1/auth/login"_s, [this](ApiRequest& request) {
        JsonReader reader = RouteSupport::bodyReader(request);
        const QString emailText = reader.string(u"email"_s);
        const QString password = reader.string(u"password"_s);
        const QString oneTimeCode = reader.optionalString(u"totp"_s);
        reader.rejectUnknownFields();
        RouteSupport::throwIfInvalid(reader);

        const QString address = RouteSupport::clientAddress(request);
        const QString email = EmailAddress::normalized(emailText).valueOr(emailText.trimmed().toLower());
        throttle(email, address);

        const auto user = m_context.users.findByEmail(email);
        // Verify against a decoy when there is no account, so both refusals take the same time.
        const bool passwordMatches
            = PasswordHasher::verify(password, user ? user->passwordHash : PasswordHasher::decoyHash());
        if (!user || !passwordMatches) {
            recordFailure(email, address, user ? u"wrong password"_s : u"unknown account"_s);
            throw ApiError(
                401, u"invalid_credentials"_s, u"Sign-in failed"_s, u"The email address or password is not right."_s);
        }

        if (user->twoFactorEnabled)
            checkOneTimeCode(*user, oneTimeCode, address);

        Transaction transaction(m_context.db);
        m_context.loginAttempts.record(email, address, true, m_context.clock.nowMs());
        SessionRecord session;
        const QString token = m_auth.issueSession(*user, request, &session);
        transaction.commit();
        qCInfo(lcAuth).noquote() << "signed in" << user->id << "from" << address;
        return ApiResponse::json(sessionJson(token, session, *user));
    });

    router.add("POST", u"/api/v1/auth/logout"_s, [this](ApiRequest& request) {
        const AuthContext auth = m_auth.authenticate(request);
        m_context.sessions.revoke(auth.user.id, auth.session.id, m_context.clock.nowMs());
        return ApiResponse::noContent();
    });
}

void AuthRoutes::throttle(const QString& email, const QString& address)
{
    const qint64 now = m_context.clock.nowMs();
    const qint64 windowStart = now - m_context.options.throttleWindowMs;
    const auto retryAfter = [&](qint64 oldest) {
        return int(qMax<qint64>(1, (oldest + m_context.options.throttleWindowMs - now + 999) / 1000));
    };
    if (m_context.loginAttempts.failuresForEmailSince(email, windowStart) >= m_context.options.maxFailuresPerAccount) {
        qCWarning(lcAuth).noquote() << "sign-in throttled for account" << email << "from" << address;
        throw ApiError::tooManyRequests(
            retryAfter(m_context.loginAttempts.oldestFailureForEmailSince(email, windowStart)),
            u"Too many failed sign-ins for this account. Wait a while and try again."_s);
    }
    if (m_context.loginAttempts.failuresForAddressSince(address, windowStart)
        >= m_context.options.maxFailuresPerAddress) {
        qCWarning(lcAuth).noquote() << "sign-in throttled for address" << address;
        throw ApiError::tooManyRequests(
            retryAfter(m_context.loginAttempts.oldestFailureForAddressSince(address, windowStart)),
            u"Too many failed sign-ins from this address. Wait a while and try again."_s);
    }
}

void AuthRoutes::checkOneTimeCode(const UserRecord& user, const QString& code, const QString& address)
{
    // The password was right. Without a code, ask for one (not a failure); a wrong or reused code
    // counts as a failed sign-in like a wrong password.
    if (code.trimmed().isEmpty())
        throw ApiError(
            401, u"totp_required"_s, u"Code required"_s, u"Enter the 6-digit code from your authenticator app."_s);
    const UserStore::TwoFactor state = m_context.users.twoFactor(user.id);
    const auto step = Totp::matchingStepOfStored(state.secret, code, m_context.clock.nowMs() / 1000);
    if (!step || !m_context.users.useStep(user.id, *step)) {
        recordFailure(user.email, address, step ? u"one-time code used twice"_s : u"wrong one-time code"_s);
        throw ApiError(401, u"totp_invalid"_s, u"Sign-in failed"_s,
            u"That code is not right or was already used. Wait for the next code and try again."_s);
    }
}

void AuthRoutes::recordFailure(const QString& email, const QString& address, const QString& reason)
{
    const qint64 now = m_context.clock.nowMs();
    qCWarning(lcAuth).noquote() << "failed sign-in for" << email << "from" << address << "-" << reason;
    Transaction transaction(m_context.db);
    m_context.loginAttempts.record(email, address, false, now);
    // Every workspace of the account sees the attempt in its audit log (never the password tried).
    if (const auto user = m_context.users.findByEmail(email))
        RouteSupport::auditForAccount(m_context, user->id, PersonRef {}, u"auth.login_failed"_s,
            QJsonObject {{u"email"_s, email}, {u"reason"_s, reason}}, address);
    transaction.commit();
}

} // namespace nacre::server
