#pragma once

#include "json/JsonReader.h"

#include <array>
#include <optional>

namespace nacre {

// What a workspace's audit log records. Stable, dotted names: they are stored and cross the wire.
enum class AuditEventType : quint8 {
    WorkspaceCreated,
    WorkspaceSettingsUpdated,
    MemberRoleChanged,
    MemberRemoved,
    MemberLeft,
    InvitationCreated,
    InvitationResent,
    InvitationLinkCreated,
    InvitationRevoked,
    InvitationAccepted,
    InvitationRoleChanged,
    RoleCreated,
    RoleUpdated,
    RoleDeleted,
    ApiKeyCreated,
    ApiKeyRevoked,
    MemberSessionEnded,
    MemberSignedOut,
};

inline constexpr std::array<EnumName<AuditEventType>, 18> AuditEventTypeNames {{
    {AuditEventType::WorkspaceCreated, QLatin1String("workspace.created")},
    {AuditEventType::WorkspaceSettingsUpdated, QLatin1String("workspace.settings_updated")},
    {AuditEventType::MemberRoleChanged, QLatin1String("member.role_changed")},
    {AuditEventType::MemberRemoved, QLatin1String("member.removed")},
    {AuditEventType::MemberLeft, QLatin1String("member.left")},
    {AuditEventType::InvitationCreated, QLatin1String("invitation.created")},
    {AuditEventType::InvitationResent, QLatin1String("invitation.resent")},
    {AuditEventType::InvitationLinkCreated, QLatin1String("invitation.link_created")},
    {AuditEventType::InvitationRevoked, QLatin1String("invitation.revoked")},
    {AuditEventType::InvitationAccepted, QLatin1String("invitation.accepted")},
    {AuditEventType::InvitationRoleChanged, QLatin1String("invitation.role_changed")},
    {AuditEventType::RoleCreated, QLatin1String("role.created")},
    {AuditEventType::RoleUpdated, QLatin1String("role.updated")},
    {AuditEventType::RoleDeleted, QLatin1String("role.deleted")},
    {AuditEventType::ApiKeyCreated, QLatin1String("api_key.created")},
    {AuditEventType::ApiKeyRevoked, QLatin1String("api_key.revoked")},
    {AuditEventType::MemberSessionEnded, QLatin1String("member.session_ended")},
    {AuditEventType::MemberSignedOut, QLatin1String("member.signed_out")},
}};

// What an account's own security log records: events of the person, not of one workspace.
enum class SecurityEventType : quint8 {
    SignedIn,
    SignInFailed,
    SignedOut,
    PasswordChanged,
    ProfileUpdated,
    EmailChanged,
    TwoFactorEnabled,
    TwoFactorDisabled,
    SessionEnded,
    WorkspaceDeleted,
    PasswordResetRequested,
    PasswordReset,
    RecoveryCodeUsed,
    RecoveryCodesRenewed,
};

inline constexpr std::array<EnumName<SecurityEventType>, 14> SecurityEventTypeNames {{
    {SecurityEventType::SignedIn, QLatin1String("account.signed_in")},
    {SecurityEventType::SignInFailed, QLatin1String("account.sign_in_failed")},
    {SecurityEventType::SignedOut, QLatin1String("account.signed_out")},
    {SecurityEventType::PasswordChanged, QLatin1String("account.password_changed")},
    {SecurityEventType::ProfileUpdated, QLatin1String("account.profile_updated")},
    {SecurityEventType::EmailChanged, QLatin1String("account.email_changed")},
    {SecurityEventType::TwoFactorEnabled, QLatin1String("account.two_factor_enabled")},
    {SecurityEventType::TwoFactorDisabled, QLatin1String("account.two_factor_disabled")},
    {SecurityEventType::SessionEnded, QLatin1String("account.session_ended")},
    {SecurityEventType::WorkspaceDeleted, QLatin1String("account.workspace_deleted")},
    {SecurityEventType::PasswordResetRequested, QLatin1String("account.password_reset_requested")},
    {SecurityEventType::PasswordReset, QLatin1String("account.password_reset")},
    {SecurityEventType::RecoveryCodeUsed, QLatin1String("account.recovery_code_used")},
    {SecurityEventType::RecoveryCodesRenewed, QLatin1String("account.recovery_codes_renewed")},
}};

namespace EventTypes {
QLatin1String name(AuditEventType type);
QLatin1String name(SecurityEventType type);
std::optional<AuditEventType> auditFromName(QStringView name);
std::optional<SecurityEventType> securityFromName(QStringView name);
} // namespace EventTypes

} // namespace nacre
