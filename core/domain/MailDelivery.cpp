#include "domain/MailDelivery.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject MailDelivery::toJson() const
{
    QJsonObject object {{u"state"_s, nameOf(state)}, {u"attempts"_s, attempts},
        {u"updatedAt"_s, JsonReader::formatDateTime(updatedAt)}};
    if (!reason.isEmpty())
        object.insert(u"reason"_s, reason);
    if (nextAttemptAt.isValid())
        object.insert(u"nextAttemptAt"_s, JsonReader::formatDateTime(nextAttemptAt));
    return object;
}

Result<MailDelivery> MailDelivery::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    MailDelivery delivery;
    delivery.state = reader.enumeration<DeliveryState>(u"state"_s, DeliveryStateNames);
    delivery.attempts = int(reader.integer(u"attempts"_s, 0, 1000));
    delivery.updatedAt = reader.dateTime(u"updatedAt"_s);
    delivery.reason = reader.optionalString(u"reason"_s);
    delivery.nextAttemptAt = reader.optionalDateTime(u"nextAttemptAt"_s);
    return reader.finish(std::move(delivery));
}

} // namespace nacre
