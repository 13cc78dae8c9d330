#include "services/SignInService.h"

#include "ServerContext.h"
#include "auth/PasswordHasher.h"
#include "auth/RecoveryCodes.h"
#include "auth/Tokens.h"
#include "auth/Totp.h"
#include "http/ApiError.h"
#include "services/WorkspaceFactory.h"
#include "validation/EmailAddress.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace nacre::server {

SignInService::SignInService(ServerContext& context, Authenticator& authenticator)
    : Service(context)
    , m_auth(authenticator)
    , m_throttle(context.loginAttempts, context.clock, context.options.throttle)
{ }

bool SignInService::setupRequired() const
{
    return m_context.users.count() == 0;
}

SignedIn SignInService::setUp(const SetupInput& input, const Origin& origin)
{
    UserRecord owner;
    owner.id = Tokens::newId();
    owner.displayName = input.displayName;
    owner.email = input.email;
    owner.passwordHash = PasswordHasher::hash(input.password); // slow: outside the write lock
    owner.createdAt = now();

    Transaction transaction(m_context.db);
    transaction.lockNamed(u"nacre.setup"_s); // two first runs at once: one owner, the other refused
    if (!setupRequired())
        throw ApiError::conflict(ProblemCode::AlreadySetUp, u"This server already has an owner. Sign in instead."_s);
    m_context.users.insert(owner);
    const WorkspaceRecord workspace = WorkspaceFactory::create(m_context, input.workspaceName, owner, origin.address);
    SignedIn result {.token = {}, .session = {}, .user = owner, .workspaceId = workspace.id};
    result.token = m_auth.issueSession(owner, origin, &result.session);
    m_context.securityLog.record(owner.id, SecurityEventType::SignedIn, origin, {}, now());
    transaction.commit();
    return result;
}

SignedIn SignInService::signIn(const Credentials& credentials, const Origin& origin)
{
    const QString email = EmailAddress::normalized(credentials.email).valueOr(credentials.email.trimmed().toLower());
    m_throttle.check(email, origin.address);

    const auto user = m_context.users.findByEmail(email);
    // Verify against a decoy when there is no account, so both refusals take the same time.
    const bool passwordMatches
        = PasswordHasher::verify(credentials.password, user ? user->passwordHash : PasswordHasher::decoyHash());
    if (!user || !passwordMatches) {
        recordFailure(email, origin, user ? u"wrong password"_s : u"unknown account"_s);
        throw ApiError(401, ProblemCode::InvalidCredentials, u"Sign-in failed"_s,
            u"The email address or password is not right."_s);
    }
    if (user->twoFactorEnabled)
        checkOneTimeCode(*user, credentials.oneTimeCode, origin);

    Transaction transaction(m_context.db);
    m_context.loginAttempts.record(email, origin.address, true, now());
    SignedIn result {.token = {}, .session = {}, .user = *user, .workspaceId = {}};
    result.token = m_auth.issueSession(*user, origin, &result.session);
    m_context.securityLog.record(user->id, SecurityEventType::SignedIn, origin, {}, now());
    transaction.commit();
    qCInfo(lcAuth).noquote() << "signed in" << user->id << "from" << origin.address;
    return result;
}

void SignInService::signOut(const AuthContext& auth)
{
    Transaction transaction(m_context.db);
    m_context.sessions.revoke(auth.user.id, auth.session.id, now());
    m_context.securityLog.record(auth.user.id, SecurityEventType::SignedOut, auth.origin, {}, now());
    transaction.commit();
}

void SignInService::checkOneTimeCode(const UserRecord& user, const QString& code, const Origin& origin)
{
    // The password was right. Without a code, ask for one (not a failure); a wrong or reused code
    // counts as a failed sign-in like a wrong password.
    if (code.trimmed().isEmpty())
        throw ApiError(401, ProblemCode::TotpRequired, u"Code required"_s,
            u"Enter the 6-digit code from your authenticator app, or one of your recovery codes."_s);
    if (const std::optional<QString> recovery = RecoveryCodes::normalize(code)) {
        Transaction transaction(m_context.db);
        const bool used = m_context.recoveryCodes.use(user.id, RecoveryCodes::hash(user.id, *recovery), now());
        if (used) {
            m_context.securityLog.record(user.id, SecurityEventType::RecoveryCodeUsed, origin,
                QJsonObject {{u"left"_s, m_context.recoveryCodes.countLeft(user.id)}}, now());
            transaction.commit();
            return;
        }
        transaction.commit();
        recordFailure(user.email, origin, u"wrong or used recovery code"_s);
        throw ApiError(401, ProblemCode::TotpInvalid, u"Sign-in failed"_s,
            u"That recovery code is not right or was already used."_s);
    }
    const UserStore::TwoFactor state = m_context.users.twoFactor(user.id);
    const auto step = Totp::matchingStepOfStored(state.secret, code, now() / 1000);
    if (!step || !m_context.users.useStep(user.id, *step)) {
        recordFailure(user.email, origin, step ? u"one-time code used twice"_s : u"wrong one-time code"_s);
        throw ApiError(401, ProblemCode::TotpInvalid, u"Sign-in failed"_s,
            u"That code is not right or was already used. Wait for the next code and try again."_s);
    }
}

void SignInService::recordFailure(const QString& email, const Origin& origin, const QString& reason)
{
    qCWarning(lcAuth).noquote() << "failed sign-in for" << email << "from" << origin.address << "-" << reason;
    Transaction transaction(m_context.db);
    m_context.loginAttempts.record(email, origin.address, false, now());
    // The account's owner sees the attempt under Recent security activity (never the password tried).
    if (const auto user = m_context.users.findByEmail(email))
        m_context.securityLog.record(
            user->id, SecurityEventType::SignInFailed, origin, QJsonObject {{u"reason"_s, reason}}, now());
    transaction.commit();
}

} // namespace nacre::server
