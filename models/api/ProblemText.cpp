#include "api/ProblemText.h"

#include "api/ApiError.h"
#include "permissions/Permission.h"
#include "validation/PasswordRules.h"
#include "validation/SessionTimeout.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

QString member(const ApiError& error, const QString& key)
{
    return error.problemBody.value(key).toString();
}

QString invitationUnusable(const ApiError& error)
{
    const QString workspace = member(error, u"workspaceName"_s);
    const QString inviter = member(error, u"invitedBy"_s);
    const QString ask = inviter.isEmpty()
        ? ProblemText::tr("an admin of \u201c%1\u201d").arg(workspace)
        : ProblemText::tr("%1 or another admin of \u201c%2\u201d").arg(inviter, workspace);
    const QString state = member(error, u"state"_s);
    if (state == u"used"_s)
        return ProblemText::tr("This invitation to \u201c%1\u201d was already used. If you accepted it, sign in "
                               "instead; otherwise ask %2 for a new one.")
            .arg(workspace, ask);
    if (state == u"revoked"_s)
        return ProblemText::tr("This invitation to \u201c%1\u201d was withdrawn. Ask %2 whether you should still join.")
            .arg(workspace, ask);
    if (state == u"expired"_s) {
        const QDateTime expired = JsonReader(error.problemBody).optionalDateTime(u"expiresAt"_s);
        return ProblemText::tr("This invitation to \u201c%1\u201d expired on %2. Ask %3 to send a new one.")
            .arg(workspace, QLocale().toString(expired.toLocalTime(), QLocale::ShortFormat), ask);
    }
    return ProblemText::tr("This invitation can no longer be used. Ask whoever invited you for a new one.");
}

QString validation(const ApiError& error)
{
    if (error.fieldErrors.size() == 1)
        return ProblemText::fieldSentence(error.fieldErrors.constFirst());
    return ProblemText::tr("%n field(s) need attention.", nullptr, int(qMax<qsizetype>(1, error.fieldErrors.size())));
}

} // namespace

QString ProblemText::sentence(const ApiError& error)
{
    Q_ASSERT(error.problem);
    switch (*error.problem) {
    case ProblemCode::BadRequest:
        return tr("The server could not read the request. Nothing was changed.");
    case ProblemCode::ValidationFailed:
        return validation(error);
    case ProblemCode::UnsupportedMediaType:
        return tr("The server does not accept the request in this form. Nothing was changed.");
    case ProblemCode::PayloadTooLarge:
        if (const qint64 limit = error.problemBody.value(u"limit"_s).toInteger(); limit > 0)
            return tr("This is more than the server accepts at once (%1). Send less at a time.")
                .arg(QLocale().formattedDataSize(limit));
        return tr("This is more than the server accepts at once. Send less at a time.");
    case ProblemCode::HeadersTooLarge:
        return tr("The request's headers were larger than the server accepts.");
    case ProblemCode::RequestTimeout:
        return tr("The request took too long to arrive. Check the connection and try again.");
    case ProblemCode::Unauthenticated:
        return tr("Your session has ended. Sign in to continue.");
    case ProblemCode::InvalidCredentials:
        return tr("The email address or password is not right.");
    case ProblemCode::TotpRequired:
        return tr("Enter the 6-digit code from your authenticator app, or one of your recovery codes.");
    case ProblemCode::TotpInvalid:
        return tr("That code is not right or was already used. Wait for the next code and try again.");
    case ProblemCode::TooManyRequests:
        return tooManyAttempts(error.retryAfterSeconds);
    case ProblemCode::Forbidden:
        return tr("You are not allowed to do this.");
    case ProblemCode::MissingPermission:
        if (const auto permission = PermissionCatalog::fromId(member(error, u"permission"_s)))
            return tr("Your role does not include \u201c%1\u201d.").arg(PermissionCatalog::label(*permission));
        return tr("Your role does not allow this.");
    case ProblemCode::Escalation:
        return tr("You can only give access your own role includes.");
    case ProblemCode::OwnerOnly:
        return tr("Only an Owner can do this.");
    case ProblemCode::OwnRole:
        return tr("Nobody can change their own role; ask another Owner or Admin.");
    case ProblemCode::OwnMembership:
        return tr("To remove yourself, leave the workspace instead.");
    case ProblemCode::BuiltinRole:
        return tr("Built-in roles cannot be changed. Duplicate the role to make one you can change.");
    case ProblemCode::LastOwner:
        return tr("A workspace needs at least one Owner. Make someone else an Owner first.");
    case ProblemCode::TwoFactorRequired:
        if (const QString workspace = member(error, u"workspaceName"_s); !workspace.isEmpty())
            return tr("\u201c%1\u201d requires two-factor sign-in. Turn it on under Security, then try again.")
                .arg(workspace);
        return tr("This workspace requires two-factor sign-in. Turn it on under Security, then try again.");
    case ProblemCode::TwoFactorNeededFirst:
        return tr("Turn on two-factor sign-in for your own account first (under Security), so the requirement "
                  "does not lock you out.");
    case ProblemCode::ApiKeyNotAllowed:
        return tr("An API key cannot do this; sign in to Nacre to do it.");
    case ProblemCode::NotFound:
        return tr("This no longer exists. It may have been removed by someone else.");
    case ProblemCode::MethodNotAllowed:
        return tr("The server does not offer this action here.");
    case ProblemCode::Conflict:
        return tr("Someone else changed this at the same moment. Reload and try again.");
    case ProblemCode::AlreadySetUp:
        return tr("This server already has an owner. Sign in instead.");
    case ProblemCode::AlreadyMember:
        return tr("You are already a member of this workspace.");
    case ProblemCode::AccountExists:
        return tr("An account for %1 exists. Sign in to accept the invitation.").arg(member(error, u"email"_s));
    case ProblemCode::EmailTaken:
        return tr("Another account already uses %1.").arg(member(error, u"email"_s));
    case ProblemCode::WrongAccount:
        return tr("This invitation is for %1. Sign in with that address to accept it.").arg(member(error, u"email"_s));
    case ProblemCode::RoleNameTaken:
        return tr("A role with this name already exists in this workspace.");
    case ProblemCode::RoleInUse:
        if (const int pending = error.problemBody.value(u"pendingInvitations"_s).toInt(); pending > 0)
            return tr("%n pending invitation(s) offer this role. Revoke them first.", nullptr, pending);
        return tr("%n member(s) hold this role. Move them to another role first.", nullptr,
            qMax(1, error.problemBody.value(u"memberCount"_s).toInt()));
    case ProblemCode::InvitationUnusable:
        return invitationUnusable(error);
    case ProblemCode::InvitationSuperseded:
        return tr("%1 has a newer invitation to this workspace. Resend or revoke that one instead.")
            .arg(member(error, u"email"_s));
    case ProblemCode::InviterCannotGrant:
        return tr("The person who invited you can no longer give this role. Ask a workspace admin for a new "
                  "invitation.");
    case ProblemCode::ResetCodeUnusable:
        return tr("This code is wrong, was already used, or is older than %n minute(s). Ask for a new one.", nullptr,
            qMax(1, error.problemBody.value(u"minutes"_s).toInt()));
    case ProblemCode::TotpEnabled:
        return tr("Two-factor sign-in is already on for this account.");
    case ProblemCode::TotpNotStarted:
        return tr("Start setting up two-factor sign-in first.");
    case ProblemCode::StaleVersion:
        return tr("This was changed since you loaded it. Reload it and apply your change again.");
    case ProblemCode::VersionRequired:
        return tr("The server needs to know which version you changed. Reload and try again.");
    case ProblemCode::ServiceUnavailable:
        return tr("The server is busy or starting. Try again in a moment.");
    case ProblemCode::InternalError:
        return tr("The server ran into a problem. Nothing was changed.");
    }
    return error.detail;
}

QString ProblemText::tooManyAttempts(int retryAfterSeconds)
{
    return tr("Too many attempts. Try again in %n minute(s).", nullptr, qMax(1, (retryAfterSeconds + 59) / 60));
}

QString ProblemText::fieldSentence(const FieldError& error)
{
    const QString& code = error.code;
    // The limits of the fields this build knows come from the rules both sides share.
    if (code == QLatin1String(ErrorCode::TooShort) && error.field.endsWith(u"assword"_s))
        return tr(
            "Use at least %n characters; a passphrase of a few words is best.", nullptr, PasswordRules::MinLength);
    if (code == QLatin1String(ErrorCode::OutOfRange) && error.field == u"sessionTimeoutMinutes"_s)
        return tr("Choose from %1 to %2 minutes.").arg(SessionTimeout::MinMinutes).arg(SessionTimeout::MaxMinutes);
    if (code == QLatin1String(ErrorCode::Duplicate) && error.field == u"name"_s)
        return tr("A role with this name already exists in this workspace.");
    if (code == QLatin1String(ErrorCode::Duplicate) && error.field == u"email"_s)
        return tr("Another account already uses this address.");
    if (code == QLatin1String(ErrorCode::NotAllowed) && error.field == u"defaultRoleId"_s)
        return tr("Invitations cannot give the Owner role by default. Choose another role.");

    static constexpr struct
    {
        const char* code;
        const char* sentence;
    } sentences[] = {
        {ErrorCode::Required, QT_TR_NOOP("This field is required.")},
        {ErrorCode::WrongType, QT_TR_NOOP("This value has the wrong type.")},
        {ErrorCode::UnknownField, QT_TR_NOOP("The server does not know this field.")},
        {ErrorCode::TooLong, QT_TR_NOOP("This is too long.")},
        {ErrorCode::TooShort, QT_TR_NOOP("This is too short.")},
        {ErrorCode::OutOfRange, QT_TR_NOOP("This value is outside the allowed range.")},
        {ErrorCode::ControlCharacter, QT_TR_NOOP("This contains characters that are not allowed.")},
        {ErrorCode::InvalidEmail, QT_TR_NOOP("This is not a valid email address (name@example.com).")},
        {ErrorCode::InvalidFormat, QT_TR_NOOP("This is not in the expected format.")},
        {ErrorCode::UnknownValue, QT_TR_NOOP("This is not one of the allowed values.")},
        {ErrorCode::UnknownPermission, QT_TR_NOOP("This permission is not known to the server.")},
        {ErrorCode::Duplicate, QT_TR_NOOP("This value is already taken.")},
        {ErrorCode::ConfirmationMismatch, QT_TR_NOOP("Type the exact name to confirm.")},
        {ErrorCode::WrongPassword, QT_TR_NOOP("The password is not right.")},
        {ErrorCode::WrongCode, QT_TR_NOOP("That code is not right or was already used.")},
        {ErrorCode::NotAllowed, QT_TR_NOOP("This value is not allowed here.")},
    };
    for (const auto& [known, sentence] : sentences) {
        if (code == QLatin1String(known))
            return tr(sentence);
    }
    return error.message; // a code this build does not know
}

} // namespace nacre::client
