#include "session/IdleWatch.h"

#include "session/Session.h"
#include "validation/SessionTimeout.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nacre::client {

IdleWatch::IdleWatch(ApiClient& api, Session& session, Clock clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatch::check);
    connect(&m_api, &ApiClient::personActive, this, &IdleWatch::restart);
    connect(&m_session, &Session::currentWorkspaceChanged, this, &IdleWatch::check);
    connect(&m_session, &Session::ended, this, [this] {
        m_tick.stop();
        if (std::exchange(m_warning, false))
            Q_EMIT cleared();
    });
}

int IdleWatch::warningSeconds(int timeoutMinutes)
{
    return std::clamp(timeoutMinutes * 60 / 10, 30, 120);
}

int IdleWatch::timeoutMinutes() const
{
    // Outside a workspace the server applies the longest timeout any workspace may set.
    const auto workspace = m_session.currentWorkspace();
    return workspace ? workspace->sessionTimeoutMinutes : SessionTimeout::MaxMinutes;
}

int IdleWatch::secondsLeft() const
{
    const qint64 timeoutMs = qint64(timeoutMinutes()) * 60 * 1000;
    return int(std::max<qint64>(0, (m_lastActivityMs + timeoutMs - m_clock()) / 1000));
}

void IdleWatch::restart()
{
    m_lastActivityMs = m_clock();
    m_expired = false;
    if (!m_tick.isActive())
        m_tick.start();
    if (std::exchange(m_warning, false))
        Q_EMIT cleared();
}

void IdleWatch::stayActive()
{
    m_api.get(u"/api/v1/me"_s, this, {});
}

void IdleWatch::check()
{
    if (!m_session.isSignedIn() || m_lastActivityMs == 0 || m_expired)
        return;
    const int left = secondsLeft();
    if (left <= 0) {
        m_expired = true;
        m_tick.stop();
        m_warning = false;
        Q_EMIT expired();
        return;
    }
    if (left <= warningSeconds(timeoutMinutes())) {
        m_warning = true;
        Q_EMIT warning(left);
    } else if (std::exchange(m_warning, false)) {
        Q_EMIT cleared();
    }
}

} // namespace nacre::client
