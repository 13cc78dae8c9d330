#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace nacre::client {

// What the app remembers per user between runs (QSettings): the chosen server, the last account
// signed in to each server, and the last workspace of each account.
class ClientSettings
{
public:
    ClientSettings();
    explicit ClientSettings(const QString& fileName); // for tests

    QUrl serverUrl() const; // empty: the embedded server
    void setServerUrl(const QUrl& url);

    QString lastEmail(const QString& serverIdentity) const;
    void setLastEmail(const QString& serverIdentity, const QString& email);

    QString lastWorkspace(const QString& accountKey) const;
    void setLastWorkspace(const QString& accountKey, const QString& workspaceId);

    // The server inside the app: the same port every run, so invitation links stay valid; shared
    // with the local network only when asked (it then listens on every interface).
    static constexpr quint16 DefaultEmbeddedPort = 7410;
    quint16 embeddedPort() const;
    void setEmbeddedPort(quint16 port);
    bool shareEmbedded() const;
    void setShareEmbedded(bool share);

    QString appearance() const; // "system", "light" or "dark"; this computer only
    void setAppearance(const QString& id);

    QString language() const;
    void setLanguage(const QString& locale);

private:
    static QString group(const QString& text);
    mutable QSettings m_settings;
};

} // namespace nacre::client
