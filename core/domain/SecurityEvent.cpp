#include "domain/SecurityEvent.h"

#include "json/JsonReader.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject SecurityEvent::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"type"_s, type}, {u"address"_s, address}, {u"userAgent"_s, userAgent},
        {u"detail"_s, detail}, {u"occurredAt"_s, JsonReader::formatDateTime(occurredAt)}};
}

Result<SecurityEvent> SecurityEvent::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    SecurityEvent event;
    event.id = reader.id(u"id"_s);
    event.type = reader.string(u"type"_s);
    event.address = reader.string(u"address"_s);
    event.userAgent = reader.string(u"userAgent"_s);
    event.detail = reader.object(u"detail"_s);
    event.occurredAt = reader.dateTime(u"occurredAt"_s);
    return reader.finish(std::move(event));
}

} // namespace nacre
