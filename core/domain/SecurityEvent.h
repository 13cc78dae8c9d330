#pragma once

#include "validation/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace nacre {

// One entry of an account's security log ("Recent security activity"): a sign-in, a failed one, a
// changed password … with where it came from. `type` is a SecurityEventType name; a client shows
// types it does not know by their name.
struct SecurityEvent
{
    QString id;
    QString type;
    QString address;
    QString userAgent;
    QJsonObject detail;
    QDateTime occurredAt;

    QJsonObject toJson() const;
    static Result<SecurityEvent> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const SecurityEvent&, const SecurityEvent&) = default;
};

} // namespace nacre
