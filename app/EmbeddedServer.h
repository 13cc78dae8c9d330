#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace nacre::app {

// nacred inside the desktop app: the server library on a thread of its own, on 127.0.0.1 and a free
// port, over a SQLite file in the user's data folder. Its requests never run on the GUI thread.
class EmbeddedServer : public QObject
{
    Q_OBJECT

public:
    EmbeddedServer(QString databasePath, QString outboxPath, QObject* parent = nullptr);
    ~EmbeddedServer() override;

    // Blocks until the server listens (a few milliseconds) and returns its URL, or an empty URL
    // with `error` set.
    QUrl start(QString* error);

private:
    QString m_databasePath;
    QString m_outboxPath;
    QThread m_thread;
    QObject* m_worker = nullptr;
};

} // namespace nacre::app
