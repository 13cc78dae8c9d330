#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace nacre::server {

class NacreServer;

bool parseListenAddress(const QString& text, QHostAddress* address, quint16* port, QString* error);
bool parsePositive(const QString& text, qint64* value, QString* error);
// nacred --backup: copies the database named by --database (the default one when empty) into `file`;
// returns the exit code, having said what happened.
int backUp(const QString& database, const QString& file);

// SIGTERM and SIGINT, through a self-pipe into the event loop: stop accepting, let open connections
// finish their requests (up to a grace period), then quit.
class ServerLifecycle : public QObject
{
    Q_OBJECT

public:
    explicit ServerLifecycle(NacreServer& server, int graceMs = 5000);
    ~ServerLifecycle() override;
    void stopOnTerminationSignals();

private:
    void beginShutdown();

    NacreServer& m_server;
    int m_graceMs;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace nacre::server
