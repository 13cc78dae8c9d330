#include "audit/SecurityLog.h"

#include "audit/AuditLog.h"
#include "auth/Tokens.h"
#include "store/Cursor.h"
#include "store/Records.h"
#include "store/SqlQuery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nacre::server {

void SecurityLog::record(
    const QString& userId, SecurityEventType type, const Origin& origin, const QJsonObject& detail, qint64 now)
{
    AuditLog::assertNoSecrets(detail);
    SqlQuery(m_db,
        u"INSERT INTO security_events (id, user_id, event_type, address, user_agent, detail_json, occurred_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(Tokens::newId())
        .bind(userId)
        .bind(QString(EventTypes::name(type)))
        .bind(origin.address)
        .bind(origin.userAgent)
        .bind(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)))
        .bind(now)
        .exec();
}

SecurityPage SecurityLog::list(const QString& userId, const QString& cursorText, int limit) const
{
    QString where = u"WHERE user_id = ?"_s;
    QVariantList values {userId};
    if (!cursorText.isEmpty()) {
        const Cursor cursor = Cursor::decode(cursorText);
        where += u" AND (occurred_at < ? OR (occurred_at = ? AND id < ?))"_s;
        values << cursor.value << cursor.value << cursor.id;
    }
    SqlQuery query(m_db,
        u"SELECT id, event_type, address, user_agent, detail_json, occurred_at FROM security_events "_s + where
            + u" ORDER BY occurred_at DESC, id DESC LIMIT ?"_s);
    for (const QVariant& value : std::as_const(values))
        query.bind(value);
    query.bind(limit + 1).exec();
    SecurityPage page;
    while (query.next()) {
        if (page.items.size() == limit) {
            const SecurityEvent& last = page.items.constLast();
            page.nextCursor = Cursor {last.occurredAt.toMSecsSinceEpoch(), last.id}.encode();
            break;
        }
        page.items.append(SecurityEvent {.id = query.text(0),
            .type = query.text(1),
            .address = query.text(2),
            .userAgent = query.text(3),
            .detail = QJsonDocument::fromJson(query.text(4).toUtf8()).object(),
            .occurredAt = fromMs(query.integer(5))});
    }
    return page;
}

void SecurityLog::recordWorkspaceDeletion(const Deletion& deletion, qint64 now)
{
    SqlQuery(m_db,
        u"INSERT INTO workspace_deletions (workspace_id, name, deleted_by, deleted_by_name, member_count, address, "
        "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(deletion.workspaceId)
        .bind(deletion.name)
        .bindNullableText(deletion.deletedBy.id)
        .bindNullableText(deletion.deletedBy.name)
        .bind(deletion.memberCount)
        .bind(deletion.address)
        .bind(now)
        .exec();
}

std::optional<SecurityLog::Deletion> SecurityLog::findWorkspaceDeletion(const QString& workspaceId) const
{
    SqlQuery query(m_db,
        u"SELECT workspace_id, name, deleted_by, deleted_by_name, member_count, address FROM workspace_deletions "
        "WHERE workspace_id = ?"_s);
    query.bind(workspaceId).exec();
    if (!query.next())
        return std::nullopt;
    return Deletion {.workspaceId = query.text(0),
        .name = query.text(1),
        .deletedBy = PersonRef {query.text(2), query.text(3)},
        .memberCount = int(query.integer(4)),
        .address = query.text(5)};
}

} // namespace nacre::server
