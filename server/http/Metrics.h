#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <array>

namespace nacre::server {

// Request counters and a latency histogram per route, served at GET /metrics in the Prometheus text
// exposition format. Lives on the server thread; no locking needed.
class Metrics
{
public:
    void record(const QByteArray& method, const QString& route, int status, double seconds);
    // A request the access rules refused (403, or 409 for a state such as the last Owner).
    void recordRefusal(const QString& route, const QString& code);
    // A mail's try: "sent", "retried" (a transient failure, tried again later) or "failed" (given up).
    void recordMail(const char* outcome);
    QByteArray exposition() const;

private:
    static constexpr std::array<double, 10> Buckets {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};

    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts {};
        quint64 total = 0;
        double sum = 0;
    };

    QHash<QString, quint64> m_requests; // key: method \t route \t status
    QHash<QString, Histogram> m_latency; // key: method \t route
    QHash<QString, quint64> m_refusals; // key: route \t code
    std::array<quint64, 3> m_mail {}; // sent, retried, failed
    mutable QMutex m_mutex; // every worker thread records here
};

} // namespace nacre::server
