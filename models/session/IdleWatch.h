#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace nacre::client {

class Session;

// Counts down to the server's idle expiry the way the server counts: from the last request the
// person asked for (ApiClient::personActive), against the session timeout of the current
// workspace. Warns shortly before (so a person typing into a long form can stay signed in) and
// says when the time is up, so the app can ask for the password over the window, edits intact.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    IdleWatch(ApiClient& api, Session& session, Clock clock = {}, QObject* parent = nullptr);

    // How long before expiry the warning starts: two minutes, less for very short timeouts.
    static int warningSeconds(int timeoutMinutes);
    int secondsLeft() const;
    bool isWarning() const { return m_warning; }

    // A request the person asked for ("Stay signed in"): it is activity, and the warning ends.
    void stayActive();
    void check(); // recomputes now (a timer calls it every second while signed in)

Q_SIGNALS:
    void warning(int secondsLeft); // every second while the warning lasts
    void cleared();
    void expired();

private:
    void restart();
    int timeoutMinutes() const; // the current workspace's session timeout

    ApiClient& m_api;
    Session& m_session;
    Clock m_clock;
    QTimer m_tick;
    qint64 m_lastActivityMs = 0;
    bool m_warning = false;
    bool m_expired = false;
};

} // namespace nacre::client
