#include "store/InvitationStore.h"

#include "store/Cursor.h"
#include "store/Database.h"
#include "store/RoleStore.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void InvitationStore::insert(const InvitationRecord& record, const QString& tokenHash)
{
    const Invitation& invitation = record.invitation;
    SqlQuery(m_db,
        u"INSERT INTO invitations (id, workspace_id, email, role_id, token_hash, invited_by, granted_by, status, "
        "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s)
        .bind(invitation.id)
        .bind(record.workspaceId)
        .bind(invitation.email)
        .bind(invitation.role.id)
        .bind(tokenHash)
        .bindNullableText(invitation.invitedBy.id)
        .bindNullableText(invitation.invitedBy.id)
        .bind(invitation.createdAt.toMSecsSinceEpoch())
        .bind(invitation.expiresAt.toMSecsSinceEpoch())
        .exec();
}

MailDelivery InvitationStore::deliveryFrom(const SqlQuery& query, int column)
{
    MailDelivery delivery;
    const QString state = query.text(column);
    if (state.isEmpty())
        return delivery; // never mailed
    delivery.attempts = int(query.integer(column + 1));
    // A mail being handed to the relay right now is still on its way: queued, or retrying after a failure.
    delivery.state = state == u"sending"_s ? (delivery.attempts > 0 ? DeliveryState::Retrying : DeliveryState::Queued)
                                           : MailDelivery::fromName(state).value_or(DeliveryState::Queued);
    delivery.reason = query.text(column + 2);
    delivery.updatedAt = fromMs(query.integer(column + 3));
    if (delivery.state == DeliveryState::Retrying)
        delivery.nextAttemptAt = fromMs(query.integer(column + 4));
    return delivery;
}

QHash<QString, MailDelivery> InvitationStore::deliveriesOf(const QStringList& invitationIds) const
{
    QHash<QString, MailDelivery> result;
    // In slices: SQLite allows some hundreds of parameters per statement.
    for (qsizetype at = 0; at < invitationIds.size(); at += 200) {
        const QStringList slice = invitationIds.mid(at, 200);
        QStringList marks;
        marks.fill(u"?"_s, slice.size());
        SqlQuery query(m_db,
            u"SELECT m.invitation_id, m.state, m.attempts, m.last_error, m.updated_at, m.next_attempt_at "
            "FROM mail_queue m WHERE m.invitation_id IN (%1) ORDER BY m.created_at, m.id"_s.arg(marks.join(u", "_s)));
        for (const QString& id : slice)
            query.bind(id);
        query.exec();
        while (query.next())
            result.insert(query.text(0), deliveryFrom(query, 1)); // later rows (newer mail) win
    }
    return result;
}

QList<InvitationRecord> InvitationStore::select(const QString& where, const QVariantList& values, int limit) const
{
    // The delivery shown is that of the newest mail for the invitation (a resend queues another).
    QString statement = u"SELECT i.id, i.workspace_id, w.name, i.email, r.id, r.name, r.builtin, u.id, u.display_name, "
                        "i.created_at, i.expires_at, i.status, i.granted_by, i.accepted_at, m.state, m.attempts, "
                        "m.last_error, m.updated_at, m.next_attempt_at FROM invitations i "
                        "JOIN workspaces w ON w.id = i.workspace_id JOIN roles r ON r.id = i.role_id "
                        "LEFT JOIN users u ON u.id = i.invited_by "
                        "LEFT JOIN mail_queue m ON m.id = (SELECT q.id FROM mail_queue q WHERE q.invitation_id = i.id "
                        "ORDER BY q.created_at DESC, q.id DESC LIMIT 1) WHERE "_s
        + where + u" ORDER BY i.created_at DESC, i.id DESC"_s;
    if (limit > 0)
        statement += u" LIMIT "_s + QString::number(limit);
    SqlQuery query(m_db, statement);
    for (const QVariant& value : values)
        query.bind(value);
    query.exec();
    QList<InvitationRecord> records;
    while (query.next()) {
        InvitationRecord record;
        record.invitation.id = query.text(0);
        record.workspaceId = query.text(1);
        record.workspaceName = query.text(2);
        record.invitation.email = query.text(3);
        record.invitation.role = RoleRef {query.text(4), query.text(5), RoleStore::builtinFromText(query.text(6))};
        record.invitation.invitedBy = PersonRef {query.text(7), query.text(8)};
        record.invitation.createdAt = fromMs(query.integer(9));
        record.invitation.expiresAt = fromMs(query.integer(10));
        // Stored by this server; an unknown status (a downgrade) counts as revoked, which grants nothing.
        record.invitation.status
            = enumFromName<InvitationStatus>(InvitationStatusNames, query.text(11)).value_or(InvitationStatus::Revoked);
        record.grantedById = query.text(12);
        record.acceptedAt = query.integer(13);
        record.invitation.delivery = deliveryFrom(query, 14);
        records.append(record);
    }
    return records;
}

std::optional<InvitationRecord> InvitationStore::find(const QString& workspaceId, const QString& invitationId) const
{
    const auto records = select(u"i.workspace_id = ? AND i.id = ?"_s, {workspaceId, invitationId});
    return records.isEmpty() ? std::nullopt : std::optional(records.constFirst());
}

std::optional<InvitationRecord> InvitationStore::findByTokenHash(const QString& tokenHash) const
{
    const auto records = select(u"i.token_hash = ?"_s, {tokenHash});
    return records.isEmpty() ? std::nullopt : std::optional(records.constFirst());
}

std::optional<InvitationRecord> InvitationStore::findPending(const QString& workspaceId, const QString& email) const
{
    const auto records = select(u"i.workspace_id = ? AND i.email = ? AND i.status = 'pending'"_s, {workspaceId, email});
    return records.isEmpty() ? std::nullopt : std::optional(records.constFirst());
}

std::optional<InvitationRecord> InvitationStore::findAccepted(const QString& workspaceId, const QString& email) const
{
    const auto records
        = select(u"i.workspace_id = ? AND i.email = ? AND i.status = 'accepted'"_s, {workspaceId, email}, 1);
    return records.isEmpty() ? std::nullopt : std::optional(records.constFirst());
}

std::optional<InvitationRecord> InvitationStore::findUsable(
    const QString& workspaceId, const QString& email, qint64 now) const
{
    const auto records = select(u"i.workspace_id = ? AND i.email = ? AND i.status = 'pending' AND i.expires_at > ?"_s,
        {workspaceId, email, now});
    return records.isEmpty() ? std::nullopt : std::optional(records.constFirst());
}

qint64 InvitationStore::countOpen(const QString& workspaceId) const
{
    SqlQuery query(
        m_db, u"SELECT COUNT(*) FROM invitations WHERE workspace_id = ? AND status IN ('pending', 'expired')"_s);
    query.bind(workspaceId).exec();
    return query.next() ? query.integer(0) : 0;
}

QList<InvitationRecord> InvitationStore::listPending(
    const QString& workspaceId, const QString& cursorText, int limit, QString* nextCursor) const
{
    QString where = u"i.workspace_id = ? AND i.status IN ('pending', 'expired')"_s;
    QVariantList values {workspaceId};
    if (!cursorText.isEmpty()) {
        const Cursor cursor = Cursor::decode(cursorText);
        where += u" AND (i.created_at < ? OR (i.created_at = ? AND i.id < ?))"_s;
        values << cursor.value << cursor.value << cursor.id;
    }
    QList<InvitationRecord> records = select(where, values, limit + 1);
    if (records.size() > limit) {
        records.resize(limit);
        const Invitation& last = records.constLast().invitation;
        *nextCursor = Cursor {last.createdAt.toMSecsSinceEpoch(), last.id}.encode();
    }
    return records;
}

void InvitationStore::renew(
    const QString& invitationId, const QString& tokenHash, qint64 now, qint64 expiresAt, const QString& grantedById)
{
    SqlQuery(m_db,
        u"UPDATE invitations SET token_hash = ?, created_at = ?, expires_at = ?, status = 'pending', granted_by = ? "
        "WHERE id = ?"_s)
        .bind(tokenHash)
        .bind(now)
        .bind(expiresAt)
        .bindNullableText(grantedById)
        .bind(invitationId)
        .exec();
}

void InvitationStore::setStatus(const QString& invitationId, InvitationStatus status, qint64 now)
{
    SqlQuery(m_db, u"UPDATE invitations SET status = ?, accepted_at = ? WHERE id = ?"_s)
        .bind(QString(InvitationStatusNames[std::size_t(status)].name))
        .bindNullableTime(status == InvitationStatus::Accepted ? now : 0)
        .bind(invitationId)
        .exec();
}

QList<InvitationRecord> InvitationStore::openOffering(const QString& workspaceId, const QString& roleId) const
{
    return select(
        u"i.workspace_id = ? AND i.role_id = ? AND i.status IN ('pending', 'expired')"_s, {workspaceId, roleId});
}

int InvitationStore::moveRole(
    const QString& workspaceId, const QString& fromRoleId, const QString& toRoleId, const QString& grantedById)
{
    SqlQuery query(m_db,
        u"UPDATE invitations SET role_id = ?, granted_by = ? "
        "WHERE workspace_id = ? AND role_id = ? AND status IN ('pending', 'expired')"_s);
    query.bind(toRoleId).bind(grantedById).bind(workspaceId).bind(fromRoleId).exec();
    return query.rowsAffected();
}

int InvitationStore::expireDue(qint64 now)
{
    SqlQuery query(m_db, u"UPDATE invitations SET status = 'expired' WHERE status = 'pending' AND expires_at <= ?"_s);
    query.bind(now).exec();
    return query.rowsAffected();
}

} // namespace nacre::server
