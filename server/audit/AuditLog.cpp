#include "audit/AuditLog.h"

#include "audit/AuditChain.h"
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
    const AuditActorKind kind = entry.actor.isNull() ? AuditActorKind::System : entry.actorKind;
    StoredAuditEvent event {.id = Tokens::newId(),
        .workspaceId = entry.workspaceId,
        .actorKind = nameOfEnum<AuditActorKind>(AuditActorKindNames, kind),
        .actorId = entry.actor.id,
        .actorName = entry.actor.name,
        .type = QString(EventTypes::name(entry.type)),
        .targetType = entry.targetType,
        .targetId = entry.targetId,
        .beforeJson = compact(entry.before),
        .afterJson = compact(entry.after),
        .address = entry.address,
        .occurredAt = now};
    AuditChain chain(m_db);
    const QString hash = chain.link(event);
    SqlQuery(m_db,
        u"INSERT INTO audit_events (id, workspace_id, actor_kind, actor_id, actor_name, event_type, target_type, "
        "target_id, before_json, after_json, address, occurred_at, seq, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(event.id)
        .bind(event.workspaceId)
        .bind(event.actorKind)
        .bindNullableText(event.actorId)
        .bindNullableText(event.actorName)
        .bind(event.type)
        .bind(event.targetType)
        .bind(event.targetId)
        .bind(event.beforeJson)
        .bind(event.afterJson)
        .bind(event.address)
        .bind(event.occurredAt)
        .bind(event.seq)
        .bind(event.prevHash)
        .bind(hash)
        .exec();
    chain.advance(event.workspaceId, hash);
}

AuditPage AuditLog::list(const QString& workspaceId, const AuditQuery& request) const
{
    QString where = u"WHERE e.workspace_id = ?"_s;
    QVariantList values {workspaceId};
    if (request.from > 0) {
        where += u" AND e.occurred_at >= ?"_s;
        values << request.from;
    }
    if (request.until > 0) {
        where += u" AND e.occurred_at < ?"_s;
        values << request.until;
    }
    if (!request.types.isEmpty()) {
        QStringList marks;
        for (const QString& type : request.types) {
            marks << u"?"_s;
            values << type;
        }
        where += u" AND e.event_type IN ("_s + marks.join(u", "_s) + u')';
    }
    if (request.actorId == u"system"_s) {
        where += u" AND e.actor_kind = 'system'"_s;
    } else if (!request.actorId.isEmpty()) {
        where += u" AND e.actor_id = ?"_s;
        values << request.actorId;
    }
    if (!request.targetId.isEmpty()) {
        where += u" AND e.target_id = ?"_s;
        values << request.targetId;
    }

    AuditPage page;
    if (request.cursor.isEmpty()) {
        SqlQuery count(m_db, u"SELECT COUNT(*) FROM audit_events e "_s + where);
        for (const QVariant& value : std::as_const(values))
            count.bind(value);
        count.exec();
        page.total = count.next() ? count.integer(0) : 0;
    } else {
        const Cursor cursor = Cursor::decode(request.cursor);
        where += u" AND (e.occurred_at < ? OR (e.occurred_at = ? AND e.id < ?))"_s;
        values << cursor.value << cursor.value << cursor.id;
    }
    SqlQuery query(m_db,
        u"SELECT e.id, e.workspace_id, e.actor_id, e.actor_name, e.event_type, e.target_type, e.target_id, "
        "e.before_json, e.after_json, e.address, e.occurred_at, e.actor_kind, u.email, e.seq FROM audit_events e "
        "LEFT JOIN users u ON e.actor_kind = 'member' AND u.id = e.actor_id "_s
            + where + u" ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?"_s);
    for (const QVariant& value : std::as_const(values))
        query.bind(value);
    query.bind(request.limit + 1).exec();

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
        event.actorKind
            = enumFromName<AuditActorKind>(AuditActorKindNames, query.text(11)).value_or(AuditActorKind::System);
        event.actorEmail = query.text(12);
        event.seq = query.integer(13);
        page.items.append(event);
    }
    return page;
}

} // namespace nacre::server
