#include "audit/AuditChain.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

const QString EventColumns = u"id, workspace_id, actor_kind, actor_id, actor_name, event_type, target_type, "
                             "target_id, before_json, after_json, address, occurred_at, seq, prev_hash"_s;

StoredAuditEvent readEvent(const SqlQuery& query)
{
    return StoredAuditEvent {.id = query.text(0),
        .workspaceId = query.text(1),
        .actorKind = query.text(2),
        .actorId = query.text(3),
        .actorName = query.text(4),
        .type = query.text(5),
        .targetType = query.text(6),
        .targetId = query.text(7),
        .beforeJson = query.text(8),
        .afterJson = query.text(9),
        .address = query.text(10),
        .occurredAt = query.integer(11),
        .seq = query.integer(12),
        .prevHash = query.text(13)};
}

} // namespace

QString AuditChain::hashOf(const StoredAuditEvent& event)
{
    // Every stored field, in a fixed order, as one compact JSON array: unambiguous however the
    // fields are filled.
    const QJsonArray content {double(event.seq), event.prevHash, event.id, event.workspaceId, event.actorKind,
        event.actorId, event.actorName, event.type, event.targetType, event.targetId, event.beforeJson, event.afterJson,
        event.address, double(event.occurredAt)};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString AuditChain::link(StoredAuditEvent& event)
{
    // The UPDATE locks the workspace's row: two writers of one workspace's log link one after the other.
    SqlQuery next(
        m_db, u"UPDATE workspaces SET audit_seq = audit_seq + 1 WHERE id = ? RETURNING audit_seq, audit_head"_s);
    next.bind(event.workspaceId).exec();
    if (!next.next())
        throw std::runtime_error("an audit event for a workspace that does not exist");
    event.seq = next.integer(0);
    event.prevHash = next.text(1);
    return hashOf(event);
}

void AuditChain::advance(const QString& workspaceId, const QString& hash)
{
    SqlQuery(m_db, u"UPDATE workspaces SET audit_head = ? WHERE id = ?"_s).bind(hash).bind(workspaceId).exec();
}

AuditVerification AuditChain::verify(const QString& workspaceId) const
{
    AuditVerification result;
    SqlQuery chain(m_db, u"SELECT audit_seq, audit_head FROM workspaces WHERE id = ?"_s);
    chain.bind(workspaceId).exec();
    const qint64 length = chain.next() ? chain.integer(0) : 0;
    result.head = chain.text(1);
    const auto broken = [&result](AuditVerification::Problem problem, qint64 seq, const QString& eventId) {
        result.problem = problem;
        result.brokenSeq = seq;
        result.brokenEventId = eventId;
        return result;
    };

    SqlQuery events(m_db,
        u"SELECT "_s + EventColumns
            + u", hash FROM audit_events WHERE workspace_id = ? AND seq IS NOT NULL ORDER BY seq"_s);
    events.bind(workspaceId).exec();
    QString previous;
    qint64 expected = 1;
    while (events.next()) {
        const StoredAuditEvent event = readEvent(events);
        if (event.seq != expected) // the events from `expected` up to this one were deleted
            return broken(AuditVerification::Problem::Missing, expected, {});
        if (event.prevHash != previous || hashOf(event) != events.text(14))
            return broken(AuditVerification::Problem::Altered, event.seq, event.id);
        previous = events.text(14);
        ++expected;
        ++result.events;
    }
    if (expected <= length) // the newest events were deleted
        return broken(AuditVerification::Problem::Missing, expected, {});
    if (previous != result.head)
        return broken(AuditVerification::Problem::Altered, length, {});
    SqlQuery outside(m_db, u"SELECT id FROM audit_events WHERE workspace_id = ? AND seq IS NULL LIMIT 1"_s);
    outside.bind(workspaceId).exec();
    if (outside.next())
        return broken(AuditVerification::Problem::Unlinked, 0, outside.text(0));
    return result;
}

void AuditChain::linkUnchained()
{
    QStringList workspaces;
    SqlQuery unchained(m_db, u"SELECT DISTINCT workspace_id FROM audit_events WHERE seq IS NULL"_s);
    unchained.exec();
    while (unchained.next())
        workspaces.append(unchained.text(0));
    for (const QString& workspaceId : std::as_const(workspaces)) {
        QList<StoredAuditEvent> pending;
        SqlQuery events(m_db,
            u"SELECT "_s + EventColumns
                + u" FROM audit_events WHERE workspace_id = ? AND seq IS NULL ORDER BY occurred_at, id"_s);
        events.bind(workspaceId).exec();
        while (events.next())
            pending.append(readEvent(events));
        for (StoredAuditEvent& event : pending) {
            const QString hash = link(event);
            SqlQuery(m_db, u"UPDATE audit_events SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?"_s)
                .bind(event.seq)
                .bind(event.prevHash)
                .bind(hash)
                .bind(event.id)
                .exec();
            advance(workspaceId, hash);
        }
    }
}

} // namespace nacre::server
