#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace nacre::app {

// nacred inside the desktop app: the server library on a thread of its own, over a SQLite file in
// the user's data folder. Its requests never run on the GUI thread. It listens on the same port every
// run (so invitation links stay valid), on loopback only unless the person shares it with the local
// network; when the port is taken it takes a free one for this run and says so.
class EmbeddedServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath;
        QString outboxPath;
        quint16 port = 0; // 0: any free port
        bool shareWithNetwork = false; // listen on every interface; links name this computer's address
    };

    explicit EmbeddedServer(Options options, QObject* parent = nullptr);
    ~EmbeddedServer() override;

    // Blocks until the server listens (a few milliseconds) and returns the URL the app talks to
    // (always loopback), or an empty URL with `error` set.
    QUrl start(QString* error);
    // The port asked for was taken, so this run listens on another (links mailed now use it).
    bool portWasTaken() const { return m_portWasTaken; }
    quint16 port() const { return m_port; }

private:
    bool startOn(quint16 port, QString* error);

    Options m_options;
    QThread m_thread;
    QObject* m_worker = nullptr;
    quint16 m_port = 0;
    bool m_portWasTaken = false;
};

} // namespace nacre::app
