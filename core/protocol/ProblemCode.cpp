#include "protocol/ProblemCode.h"

namespace nacre::ProblemCodes {

static_assert(ProblemCodeNames.size() == std::size_t(ProblemCode::InternalError) + 1, "one name per code");

QLatin1String name(ProblemCode code)
{
    return ProblemCodeNames[std::size_t(code)].name;
}

std::optional<ProblemCode> fromName(QStringView name)
{
    return enumFromName(std::span<const EnumName<ProblemCode>>(ProblemCodeNames), name);
}

} // namespace nacre::ProblemCodes
