#include "store/MailQueueStore.h"

#include "auth/Tokens.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

QString MailQueueStore::enqueue(const NewMail& mail, qint64 now)
{
    const QString id = Tokens::newId();
    SqlQuery(m_db,
        u"INSERT INTO mail_queue (id, kind, invitation_id, recipient, message, state, attempts, next_attempt_at, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)"_s)
        .bind(id)
        .bind(mail.kind)
        .bindNullableText(mail.invitationId)
        .bind(mail.recipient)
        .bind(QString::fromLatin1(mail.message))
        .bind(now)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

std::optional<MailQueueStore::Claimed> MailQueueStore::claimNext(const QString& worker, qint64 now, qint64 leaseUntil)
{
    static const QString due
        = u"((state IN ('queued', 'retrying') AND next_attempt_at <= ?) OR (state = 'sending' AND claimed_until <= ?))"_s;
    Transaction transaction(m_db);
    // PostgreSQL: a row another process is claiming right now is skipped, not waited for.
    SqlQuery pick(m_db,
        u"SELECT id, kind, recipient, message, attempts FROM mail_queue WHERE "_s + due
            + u" ORDER BY next_attempt_at, id LIMIT 1"_s
            + (m_db.isSqlite() ? QString() : u" FOR UPDATE SKIP LOCKED"_s));
    pick.bind(now).bind(now).exec();
    if (!pick.next())
        return std::nullopt;
    Claimed claimed {pick.text(0), pick.text(1), pick.text(2), pick.text(3).toLatin1(), int(pick.integer(4))};
    SqlQuery take(
        m_db, u"UPDATE mail_queue SET state = 'sending', claimed_by = ?, claimed_until = ? WHERE id = ? AND "_s + due);
    take.bind(worker).bind(leaseUntil).bind(claimed.id).bind(now).bind(now).exec();
    if (take.rowsAffected() != 1)
        return std::nullopt;
    transaction.commit();
    return claimed;
}

void MailQueueStore::markSent(const QString& id, const QString& worker, qint64 now)
{
    SqlQuery(m_db,
        u"UPDATE mail_queue SET state = 'sent', message = NULL, last_error = NULL, attempts = attempts + 1, "
        "claimed_by = NULL, claimed_until = NULL, updated_at = ? WHERE id = ? AND claimed_by = ?"_s)
        .bind(now)
        .bind(id)
        .bind(worker)
        .exec();
}

void MailQueueStore::markRetry(
    const QString& id, const QString& worker, const QString& reason, qint64 nextAttemptAt, qint64 now)
{
    SqlQuery(m_db,
        u"UPDATE mail_queue SET state = 'retrying', last_error = ?, attempts = attempts + 1, next_attempt_at = ?, "
        "claimed_by = NULL, claimed_until = NULL, updated_at = ? WHERE id = ? AND claimed_by = ?"_s)
        .bind(reason)
        .bind(nextAttemptAt)
        .bind(now)
        .bind(id)
        .bind(worker)
        .exec();
}

void MailQueueStore::markFailed(const QString& id, const QString& worker, const QString& reason, qint64 now)
{
    SqlQuery(m_db,
        u"UPDATE mail_queue SET state = 'failed', message = NULL, last_error = ?, attempts = attempts + 1, "
        "claimed_by = NULL, claimed_until = NULL, updated_at = ? WHERE id = ? AND claimed_by = ?"_s)
        .bind(reason)
        .bind(now)
        .bind(id)
        .bind(worker)
        .exec();
}

} // namespace nacre::server
