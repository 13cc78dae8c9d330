#include "protocol/EventType.h"

namespace nacre::EventTypes {

static_assert(AuditEventTypeNames.size() == std::size_t(AuditEventType::MemberSignedOut) + 1, "one name per type");
static_assert(
    SecurityEventTypeNames.size() == std::size_t(SecurityEventType::RecoveryCodesRenewed) + 1, "one name per type");

QLatin1String name(AuditEventType type)
{
    return AuditEventTypeNames[std::size_t(type)].name;
}

QLatin1String name(SecurityEventType type)
{
    return SecurityEventTypeNames[std::size_t(type)].name;
}

std::optional<AuditEventType> auditFromName(QStringView name)
{
    return enumFromName(std::span<const EnumName<AuditEventType>>(AuditEventTypeNames), name);
}

std::optional<SecurityEventType> securityFromName(QStringView name)
{
    return enumFromName(std::span<const EnumName<SecurityEventType>>(SecurityEventTypeNames), name);
}

} // namespace nacre::EventTypes
