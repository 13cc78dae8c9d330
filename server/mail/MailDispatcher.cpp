#include "mail/MailDispatcher.h"

#include "auth/Clock.h"
#include "auth/Tokens.h"
#include "http/Metrics.h"
#include "store/MailQueueStore.h"

#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMail, "nacre.server.mail")

namespace nacre::server {

MailDispatcher::MailDispatcher(MailQueueStore& queue, Clock& clock, MailTransport& transport, Metrics& metrics,
    MailRetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_clock(clock)
    , m_transport(transport)
    , m_metrics(metrics)
    , m_policy(policy)
    , m_worker(Tokens::newId())
{
    m_poll.setInterval(m_policy.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &MailDispatcher::kick);
}

void MailDispatcher::start()
{
    qCInfo(lcMail).noquote() << "mail goes to" << m_transport.describe();
    m_poll.start();
    kick();
}

qint64 MailDispatcher::retryDelayMs(int attemptsMade) const
{
    qint64 delay = m_policy.firstRetryMs;
    for (int i = 1; i < attemptsMade && delay < m_policy.longestWaitMs; ++i)
        delay *= 2;
    return qMin(delay, m_policy.longestWaitMs);
}

void MailDispatcher::kick()
{
    if (thread() != QThread::currentThread()) { // a worker thread's change queued mail
        QMetaObject::invokeMethod(this, &MailDispatcher::kick, Qt::QueuedConnection);
        return;
    }
    if (m_inFlight || m_draining)
        return;
    m_draining = true;
    // A synchronous transport settles inside send(): the loop goes on to the next mail. An
    // asynchronous one leaves m_inFlight set; its outcome kicks again.
    while (!m_inFlight) {
        std::optional<MailQueueStore::Claimed> mail;
        try {
            const qint64 now = m_clock.nowMs();
            mail = m_queue.claimNext(m_worker, now, now + m_policy.leaseMs);
        } catch (const std::exception& exception) {
            qCWarning(lcMail) << "could not read the mail queue:" << exception.what();
            break;
        }
        if (!mail)
            break;
        m_inFlight = true;
        m_transport.send(mail->recipient, mail->message,
            [this, id = mail->id, attempts = mail->attempts](const MailTransport::Outcome& outcome) {
                settle(id, attempts, outcome);
                m_inFlight = false;
                if (!m_draining)
                    QTimer::singleShot(0, this, &MailDispatcher::kick);
            });
    }
    m_draining = false;
}

void MailDispatcher::settle(const QString& id, int attemptsBefore, const MailTransport::Outcome& outcome)
{
    const qint64 now = m_clock.nowMs();
    const int attempts = attemptsBefore + 1;
    try {
        switch (outcome.kind) {
        case MailTransport::Outcome::Kind::Sent:
            m_queue.markSent(id, m_worker, now);
            m_metrics.recordMail("sent");
            qCInfo(lcMail).noquote() << "mail" << id << "sent";
            return;
        case MailTransport::Outcome::Kind::Transient:
            if (attempts < m_policy.maxAttempts) {
                m_queue.markRetry(id, m_worker, outcome.reason, now + retryDelayMs(attempts), now);
                m_metrics.recordMail("retried");
                qCWarning(lcMail).noquote() << "mail" << id << "not sent, will retry:" << outcome.reason;
                return;
            }
            m_queue.markFailed(id, m_worker, u"gave up after %1 tries: %2"_s.arg(attempts).arg(outcome.reason), now);
            break;
        case MailTransport::Outcome::Kind::Permanent:
            m_queue.markFailed(id, m_worker, outcome.reason, now);
            break;
        }
        m_metrics.recordMail("failed");
        qCWarning(lcMail).noquote() << "mail" << id << "failed:" << outcome.reason;
    } catch (const std::exception& exception) {
        // The claim lapses and the mail is tried again: sent twice at worst, never lost.
        qCWarning(lcMail) << "could not record the outcome of mail" << id << ":" << exception.what();
    }
}

} // namespace nacre::server
