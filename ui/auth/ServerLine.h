#pragma once

#include <QUrl>
#include <QWidget>

namespace nacre::ui {

// Which server a password is about to go to, under the title of every dialog that asks for one: its
// address (scheme, host and port), and, for plain http:// to anything but this computer, a warning
// in the error colour that the password would cross the network unencrypted.
class ServerLine : public QWidget
{
    Q_OBJECT

public:
    // `description` replaces the address for the server inside the app ("this computer").
    explicit ServerLine(const QUrl& server, const QString& description = {}, QWidget* parent = nullptr);

    // http:// to a host that is not this computer.
    static bool isUnencryptedRemote(const QUrl& server);
    static QString display(const QUrl& server); // "http://host:port", no trailing slash
};

} // namespace nacre::ui
