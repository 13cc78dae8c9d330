#include "store/Records.h"

namespace nacre::server {

QDateTime fromMs(qint64 msecs)
{
    return msecs == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

UserProfile UserRecord::toProfile() const
{
    return UserProfile {id, email, displayName, locale, timeZone, twoFactorEnabled, fromMs(createdAt)};
}

} // namespace nacre::server
