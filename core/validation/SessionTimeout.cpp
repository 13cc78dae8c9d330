#include "validation/SessionTimeout.h"

namespace nacre {

Result<int> SessionTimeout::validated(qint64 minutes, const QString& field)
{
    if (minutes < MinMinutes || minutes > MaxMinutes)
        return FieldError {field, QString::fromLatin1(ErrorCode::OutOfRange),
            tr("The session timeout must be between %1 and %2 minutes.").arg(MinMinutes).arg(MaxMinutes)};
    return int(minutes);
}

} // namespace nacre
