#pragma once

#include "json/JsonReader.h"

#include <array>
#include <optional>

namespace nacre {

// Every `code` a problem+json answer can carry: the one vocabulary nacred refuses with and nacre
// branches on. A name is never changed once released; new refusals add a value here first.
enum class ProblemCode : quint8 {
    BadRequest,
    ValidationFailed,
    UnsupportedMediaType,
    PayloadTooLarge,
    HeadersTooLarge,
    RequestTimeout,
    Unauthenticated,
    InvalidCredentials,
    TotpRequired,
    TotpInvalid,
    TooManyRequests,
    Forbidden,
    MissingPermission,
    Escalation,
    OwnerOnly,
    OwnRole,
    OwnMembership,
    BuiltinRole,
    LastOwner,
    TwoFactorRequired,
    TwoFactorNeededFirst,
    ApiKeyNotAllowed,
    NotFound,
    MethodNotAllowed,
    Conflict,
    AlreadySetUp,
    AlreadyMember,
    AccountExists,
    EmailTaken,
    WrongAccount,
    RoleNameTaken,
    RoleInUse,
    InvitationUnusable,
    InvitationSuperseded,
    InviterCannotGrant,
    ResetCodeUnusable,
    TotpEnabled,
    TotpNotStarted,
    StaleVersion,
    VersionRequired,
    ServiceUnavailable,
    InternalError,
};

inline constexpr std::array<EnumName<ProblemCode>, 42> ProblemCodeNames {{
    {ProblemCode::BadRequest, QLatin1String("bad_request")},
    {ProblemCode::ValidationFailed, QLatin1String("validation_failed")},
    {ProblemCode::UnsupportedMediaType, QLatin1String("unsupported_media_type")},
    {ProblemCode::PayloadTooLarge, QLatin1String("payload_too_large")},
    {ProblemCode::HeadersTooLarge, QLatin1String("headers_too_large")},
    {ProblemCode::RequestTimeout, QLatin1String("request_timeout")},
    {ProblemCode::Unauthenticated, QLatin1String("unauthenticated")},
    {ProblemCode::InvalidCredentials, QLatin1String("invalid_credentials")},
    {ProblemCode::TotpRequired, QLatin1String("totp_required")},
    {ProblemCode::TotpInvalid, QLatin1String("totp_invalid")},
    {ProblemCode::TooManyRequests, QLatin1String("too_many_requests")},
    {ProblemCode::Forbidden, QLatin1String("forbidden")},
    {ProblemCode::MissingPermission, QLatin1String("missing_permission")},
    {ProblemCode::Escalation, QLatin1String("escalation")},
    {ProblemCode::OwnerOnly, QLatin1String("owner_only")},
    {ProblemCode::OwnRole, QLatin1String("own_role")},
    {ProblemCode::OwnMembership, QLatin1String("own_membership")},
    {ProblemCode::BuiltinRole, QLatin1String("builtin_role")},
    {ProblemCode::LastOwner, QLatin1String("last_owner")},
    {ProblemCode::TwoFactorRequired, QLatin1String("two_factor_required")},
    {ProblemCode::TwoFactorNeededFirst, QLatin1String("two_factor_needed_first")},
    {ProblemCode::ApiKeyNotAllowed, QLatin1String("api_key_not_allowed")},
    {ProblemCode::NotFound, QLatin1String("not_found")},
    {ProblemCode::MethodNotAllowed, QLatin1String("method_not_allowed")},
    {ProblemCode::Conflict, QLatin1String("conflict")},
    {ProblemCode::AlreadySetUp, QLatin1String("already_set_up")},
    {ProblemCode::AlreadyMember, QLatin1String("already_member")},
    {ProblemCode::AccountExists, QLatin1String("account_exists")},
    {ProblemCode::EmailTaken, QLatin1String("email_taken")},
    {ProblemCode::WrongAccount, QLatin1String("wrong_account")},
    {ProblemCode::RoleNameTaken, QLatin1String("role_name_taken")},
    {ProblemCode::RoleInUse, QLatin1String("role_in_use")},
    {ProblemCode::InvitationUnusable, QLatin1String("invitation_unusable")},
    {ProblemCode::InvitationSuperseded, QLatin1String("invitation_superseded")},
    {ProblemCode::InviterCannotGrant, QLatin1String("inviter_cannot_grant")},
    {ProblemCode::ResetCodeUnusable, QLatin1String("reset_code_unusable")},
    {ProblemCode::TotpEnabled, QLatin1String("totp_enabled")},
    {ProblemCode::TotpNotStarted, QLatin1String("totp_not_started")},
    {ProblemCode::StaleVersion, QLatin1String("stale_version")},
    {ProblemCode::VersionRequired, QLatin1String("version_required")},
    {ProblemCode::ServiceUnavailable, QLatin1String("service_unavailable")},
    {ProblemCode::InternalError, QLatin1String("internal_error")},
}};

namespace ProblemCodes {
QLatin1String name(ProblemCode code);
std::optional<ProblemCode> fromName(QStringView name); // nullopt for a code this build does not know
} // namespace ProblemCodes

} // namespace nacre
