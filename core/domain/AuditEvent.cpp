#include "domain/AuditEvent.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject {{u"id"_s, id}, {u"workspaceId"_s, workspaceId}, {u"actor"_s, actor.toJson()},
        {u"actorKind"_s, nameOfEnum<AuditActorKind>(AuditActorKindNames, actorKind)},
        {u"actorEmail"_s, actorEmail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(actorEmail)},
        {u"type"_s, type}, {u"targetType"_s, targetType}, {u"targetId"_s, targetId}, {u"before"_s, before},
        {u"after"_s, after}, {u"address"_s, address}, {u"occurredAt"_s, JsonReader::formatDateTime(occurredAt)},
        {u"seq"_s, seq}};
}

Result<AuditEvent> AuditEvent::fromJson(const QJsonObject& object, const QString& path)
{
    JsonReader reader(object, path);
    AuditEvent event;
    event.id = reader.id(u"id"_s);
    event.workspaceId = reader.id(u"workspaceId"_s);
    event.actor = reader.optionalNested(u"actor"_s, &PersonRef::fromJson);
    event.actorKind = reader.enumeration<AuditActorKind>(u"actorKind"_s, AuditActorKindNames);
    event.actorEmail = reader.optionalString(u"actorEmail"_s);
    event.type = reader.string(u"type"_s);
    event.targetType = reader.string(u"targetType"_s);
    event.targetId = reader.string(u"targetId"_s);
    event.before = reader.object(u"before"_s);
    event.after = reader.object(u"after"_s);
    event.address = reader.string(u"address"_s);
    event.occurredAt = reader.dateTime(u"occurredAt"_s);
    event.seq = reader.integer(u"seq"_s, 0, std::numeric_limits<qint64>::max());
    return reader.finish(std::move(event));
}

} // namespace nacre
