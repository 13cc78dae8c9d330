#pragma once

#include <QDateTime>

#include <atomic>

namespace nacre::server {

// The server's one source of "now". Real time, plus an offset that only tests move forward
// (to see sessions and invitations expire without waiting days). Read by every worker thread.
class Clock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    void advance(qint64 milliseconds) { m_offsetMs += milliseconds; }

private:
    std::atomic<qint64> m_offsetMs = 0;
};

} // namespace nacre::server
