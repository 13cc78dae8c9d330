#pragma once

#include "mail/MailTransport.h"

#include <QObject>
#include <QTimer>

namespace nacre::server {

class Clock;
class MailQueueStore;
class Metrics;

// When to try again, and when to stop trying.
struct MailRetryPolicy
{
    qint64 firstRetryMs = 30'000; // after the first transient failure; doubled after each next one
    qint64 longestWaitMs = 3'600'000; // the doubling stops here
    int maxAttempts = 12; // then a transient failure is given up as failed (about 5 h at the defaults)
    int pollMs = 2'000; // how often the queue is looked at for mail that came due
    qint64 leaseMs = 300'000; // a claim not settled by then (its process died) may be taken again
};

// Takes due mail from the queue and hands it to the transport, one at a time per process, recording
// each outcome: sent; a transient failure waits firstRetryMs × 2^(tries−1) (capped) and is tried
// again, until maxAttempts; a permanent one fails at once. The reason is stored either way. Looks at
// the queue on a timer and whenever a change has just queued mail (kick()). Several nacred on one
// database each run one: a mail is claimed by one of them (see MailQueueStore::claimNext).
class MailDispatcher : public QObject
{
    Q_OBJECT

public:
    MailDispatcher(MailQueueStore& queue, Clock& clock, MailTransport& transport, Metrics& metrics,
        MailRetryPolicy policy, QObject* parent = nullptr);

    void start(); // the timer, and a first look (mail left from before a restart)
    // Sends what is due now. Synchronous transports (the outbox) are done before this returns when
    // called on the dispatcher's thread; from another (a worker's), it asks that thread to.
    void kick();
    qint64 retryDelayMs(int attemptsMade) const; // before try number attemptsMade + 1

private:
    void settle(const QString& id, int attemptsBefore, const MailTransport::Outcome& outcome);

    MailQueueStore& m_queue;
    Clock& m_clock;
    MailTransport& m_transport;
    Metrics& m_metrics;
    MailRetryPolicy m_policy;
    QString m_worker; // this process's name on its claims
    QTimer m_poll;
    bool m_inFlight = false;
    bool m_draining = false;
};

} // namespace nacre::server
