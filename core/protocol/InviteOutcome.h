#pragma once

#include "json/JsonReader.h"

#include <array>
#include <optional>

namespace nacre {

// What inviting one address did (or, in a dry run, would do). The server answers one per address
// given; the invite dialog shows each as it came.
enum class InviteOutcome : quint8 { Invited, AlreadyMember, AlreadyInvited, Invalid };

inline constexpr std::array<EnumName<InviteOutcome>, 4> InviteOutcomeNames {{
    {InviteOutcome::Invited, QLatin1String("invited")},
    {InviteOutcome::AlreadyMember, QLatin1String("already_member")},
    {InviteOutcome::AlreadyInvited, QLatin1String("already_invited")},
    {InviteOutcome::Invalid, QLatin1String("invalid")},
}};

namespace InviteOutcomes {
QLatin1String name(InviteOutcome outcome);
std::optional<InviteOutcome> fromName(QStringView name);
} // namespace InviteOutcomes

} // namespace nacre
