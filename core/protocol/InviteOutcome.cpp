#include "protocol/InviteOutcome.h"

namespace nacre::InviteOutcomes {

static_assert(InviteOutcomeNames.size() == std::size_t(InviteOutcome::Invalid) + 1, "one name per outcome");

QLatin1String name(InviteOutcome outcome)
{
    return InviteOutcomeNames[std::size_t(outcome)].name;
}

std::optional<InviteOutcome> fromName(QStringView name)
{
    return enumFromName(std::span<const EnumName<InviteOutcome>>(InviteOutcomeNames), name);
}

} // namespace nacre::InviteOutcomes
