#pragma once

#include <QString>

#include <optional>

namespace nacre::server {

class Database;

// The mail queue (table mail_queue): mail is added in the transaction of the change that causes it,
// claimed by one worker at a time, and marked with its outcome. Claims are leases: a row claimed by
// a process that died becomes due again when its lease lapses.
class MailQueueStore
{
public:
    explicit MailQueueStore(Database& database)
        : m_db(database)
    { }

    struct NewMail
    {
        QString kind; // "invitation", "password_reset"
        QString invitationId; // empty unless kind is "invitation"
        QString recipient; // the bare address, for the SMTP envelope
        QByteArray message; // RFC 5322, ASCII
    };

    struct Claimed
    {
        QString id;
        QString kind;
        QString recipient;
        QByteArray message;
        int attempts = 0; // tries before this one
    };

    QString enqueue(const NewMail& mail, qint64 now); // returns the new row's id
    // The next mail due (or whose lease lapsed), now leased to `worker` until `leaseUntil`. Runs its
    // own transaction: on PostgreSQL the row is taken with FOR UPDATE SKIP LOCKED, so two processes
    // never claim one mail; on SQLite the write lock (BEGIN IMMEDIATE) serialises claims.
    std::optional<Claimed> claimNext(const QString& worker, qint64 now, qint64 leaseUntil);
    // Outcomes; each applies only while `worker` still holds the claim, and counts one more try.
    void markSent(const QString& id, const QString& worker, qint64 now);
    void markRetry(const QString& id, const QString& worker, const QString& reason, qint64 nextAttemptAt, qint64 now);
    void markFailed(const QString& id, const QString& worker, const QString& reason, qint64 now);

private:
    Database& m_db;
};

} // namespace nacre::server
