#include "audit/AuditLog.h"

#include "auth/Tokens.h"
#include "store/Cursor.h"
#include "store/Database.h"
#include "store/Records.h"
#include "store/SqlQuery.h"

#include <QJsonDocument>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

void AuditLog::assertNoSecrets(const QJsonObject& object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isSecretKey(it.key()))
            throw std::logic_error("audit entries must not carry secrets: " + it.key().toStdString());
        if (it->isObject())
            assertNoSecrets(it->toObject());
    }
}

bool AuditLog::isSecretKey(const QString& key)
{
    const QString lower = key.toLower();
    return lower.contains(u"password"_s) || lower.contains(u"token"_s) || lower.contains(u"hash"_s)
        || lower.contains(u"secret"_s) || lower.contains(u"totp"_s) || lower.contains(u"recovery"_s);
}

void AuditLog::record(const AuditEntry& entry, qint64 now)
{
    assertNoSecrets(entry.before);
    assertNoSecrets(entry.after);
    SqlQuery(m_db,
        u"INSERT INTO audit_events (id, workspace_id, actor_id, actor_name, event_type, target_type, "
        "target_id, before_json, after_json, address, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(Tokens::newId())
        .bind(entry.workspaceId)
        .bindNullableText(entry.actor.id)
        .bindNullableText(entry.actor.name)
        .bind(QString(EventTypes::name(entry.type)))
        .bind(entry.targetType)
        .bind(entry.targetId)
        .bind(compact(entry.before))
        .bind(compact(entry.after))
        .bind(entry.address)
        .bind(now)
        .exec();
}

AuditPage AuditLog::list(const QString& workspaceId, const AuditQuery& request) const
{
    QString where = u"WHERE workspace_id = ?"_s;
    QVariantList values {workspaceId};
    if (request.from > 0) {
        where += u" AND occurred_at >= ?"_s;
        values << request.from;
    }
    if (request.until > 0) {
        where += u" AND occurred_at < ?"_s;
        values << request.until;
    }
    if (!request.type.isEmpty()) {
        where += u" AND event_type = ?"_s;
        values << request.type;
    }
    if (!request.actorId.isEmpty()) {
        where += u" AND actor_id = ?"_s;
        values << request.actorId;
    }
    if (!request.cursor.isEmpty()) {
        const Cursor cursor = Cursor::decode(request.cursor);
        where += u" AND (occurred_at < ? OR (occurred_at = ? AND id < ?))"_s;
        values << cursor.value << cursor.value << cursor.id;
    }
    SqlQuery query(m_db,
        u"SELECT id, workspace_id, actor_id, actor_name, event_type, target_type, target_id, "
        "before_json, after_json, address, occurred_at FROM audit_events "_s
            + where + u" ORDER BY occurred_at DESC, id DESC LIMIT ?"_s);
    for (const QVariant& value : std::as_const(values))
        query.bind(value);
    query.bind(request.limit + 1).exec();

    AuditPage page;
    while (query.next()) {
        if (page.items.size() == request.limit) {
            const AuditEvent& last = page.items.constLast();
            page.nextCursor = Cursor {last.occurredAt.toMSecsSinceEpoch(), last.id}.encode();
            break;
        }
        AuditEvent event;
        event.id = query.text(0);
        event.workspaceId = query.text(1);
        event.actor = PersonRef {query.text(2), query.text(3)};
        event.type = query.text(4);
        event.targetType = query.text(5);
        event.targetId = query.text(6);
        event.before = QJsonDocument::fromJson(query.text(7).toUtf8()).object();
        event.after = QJsonDocument::fromJson(query.text(8).toUtf8()).object();
        event.address = query.text(9);
        event.occurredAt = fromMs(query.integer(10));
        page.items.append(event);
    }
    return page;
}

} // namespace nacre::server
