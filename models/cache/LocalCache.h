#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace nacre::client {

// What was shown last time, kept on disk so the window paints at once on start and stays readable
// while the server cannot be reached. One SQLite file per server and account; JSON documents by key
// ("profile", "workspaces", "workspace/<id>"). A cache that cannot be opened only costs speed.
class LocalCache
{
public:
    explicit LocalCache(const QString& path);
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    static QString pathFor(const QString& directory, const QString& serverIdentity, const QString& email);

    bool isOpen() const { return m_open; }
    std::optional<QJsonValue> read(const QString& key) const;
    void write(const QString& key, const QJsonValue& value);
    void clear();

private:
    QString m_connection;
    bool m_open = false;
};

} // namespace nacre::client
