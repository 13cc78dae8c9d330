#include "settings/ClientSettings.h"

using namespace Qt::StringLiterals;

namespace nacre::client {

ClientSettings::ClientSettings() = default;

ClientSettings::ClientSettings(const QString& fileName)
    : m_settings(fileName, QSettings::IniFormat)
{ }

QString ClientSettings::group(const QString& text)
{
    // QSettings keys must not contain '/' or '\\'; percent-encoding keeps them readable and unique.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QUrl ClientSettings::serverUrl() const
{
    return m_settings.value(u"connection/server"_s).toUrl();
}

void ClientSettings::setServerUrl(const QUrl& url)
{
    if (url.isEmpty())
        m_settings.remove(u"connection/server"_s);
    else
        m_settings.setValue(u"connection/server"_s, url);
}

QString ClientSettings::lastEmail(const QString& serverIdentity) const
{
    return m_settings.value(u"accounts/"_s + group(serverIdentity)).toString();
}

void ClientSettings::setLastEmail(const QString& serverIdentity, const QString& email)
{
    m_settings.setValue(u"accounts/"_s + group(serverIdentity), email);
}

QString ClientSettings::lastWorkspace(const QString& accountKey) const
{
    return m_settings.value(u"workspaces/"_s + group(accountKey)).toString();
}

void ClientSettings::setLastWorkspace(const QString& accountKey, const QString& workspaceId)
{
    m_settings.setValue(u"workspaces/"_s + group(accountKey), workspaceId);
}

quint16 ClientSettings::embeddedPort() const
{
    const int port = m_settings.value(u"embedded/port"_s, DefaultEmbeddedPort).toInt();
    return port > 0 && port < 65536 ? quint16(port) : DefaultEmbeddedPort;
}

void ClientSettings::setEmbeddedPort(quint16 port)
{
    m_settings.setValue(u"embedded/port"_s, port);
}

bool ClientSettings::shareEmbedded() const
{
    return m_settings.value(u"embedded/share"_s, false).toBool();
}

void ClientSettings::setShareEmbedded(bool share)
{
    m_settings.setValue(u"embedded/share"_s, share);
}

QString ClientSettings::appearance() const
{
    return m_settings.value(u"ui/appearance"_s, u"system"_s).toString();
}

void ClientSettings::setAppearance(const QString& id)
{
    m_settings.setValue(u"ui/appearance"_s, id);
}

QString ClientSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void ClientSettings::setLanguage(const QString& locale)
{
    m_settings.setValue(u"ui/language"_s, locale);
}

} // namespace nacre::client
