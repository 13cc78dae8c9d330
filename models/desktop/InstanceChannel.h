#pragma once

#include <QObject>

class QLocalServer;

namespace nacre::client {

// One Nacre per person on a computer. A second launch (the desktop opening a nacre:// link, or the
// person starting Nacre again) hands what it was asked to do to the running one over a local socket
// in the user's runtime folder and exits; the running one opens the link and comes to the front.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(QString socketPath, QObject* parent = nullptr);
    ~InstanceChannel() override;

    // $XDG_RUNTIME_DIR/nacre/instance (or the platform's equivalent), private to the user.
    static QString defaultSocketPath();

    // Hands `link` (empty: just come to the front) to a running instance; true when one took it.
    bool handToRunning(const QString& link, int timeoutMs = 2000) const;
    // Becomes the running instance. A socket left by a crashed one is replaced.
    bool listen(QString* error);

Q_SIGNALS:
    void linkReceived(const QString& link);
    void activationRequested();

private:
    void readConnection();

    QString m_path;
    QLocalServer* m_server = nullptr;
};

} // namespace nacre::client
