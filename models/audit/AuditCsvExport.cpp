#include "audit/AuditCsvExport.h"

#include "audit/AuditEventText.h"
#include "audit/AuditLogModel.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AuditCsvExport::AuditCsvExport(ApiClient& api, const AuditLogModel& log, QObject* parent)
    : PagedCsvExport(
        api, log.queryPath(200),
        {u"Time"_s, u"Event type"_s, u"Event"_s, u"Actor kind"_s, u"Actor id"_s, u"Actor"_s, u"Actor email"_s,
            u"Target type"_s, u"Target id"_s, u"Target"_s, u"Before"_s, u"After"_s, u"Address"_s, u"Sequence"_s},
        [](const QJsonObject& item) -> std::optional<QStringList> {
            const auto parsed = AuditEvent::fromJson(item);
            if (!parsed.isOk())
                return std::nullopt;
            const AuditEvent& event = parsed.value();
            const QDateTime local = event.occurredAt.toLocalTime();
            return QStringList {local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs), event.type,
                AuditEventText::typeLabel(event.type), item.value(u"actorKind"_s).toString(), event.actor.id,
                event.actor.name, event.actorEmail, event.targetType, event.targetId, AuditEventText::target(event),
                json(event.before), json(event.after), event.address, QString::number(event.seq)};
        },
        parent)
{ }

} // namespace nacre::client
