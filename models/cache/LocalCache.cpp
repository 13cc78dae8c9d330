#include "cache/LocalCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "nacre.client.cache")

namespace nacre::client {

LocalCache::LocalCache(const QString& path)
    : m_connection(u"nacre-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        qCWarning(lcCache) << "cannot open the local cache" << path << db.lastError().text();
        return;
    }
    QSqlQuery query(db);
    m_open = query.exec(u"PRAGMA journal_mode = WAL"_s)
        && query.exec(u"CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, json TEXT NOT NULL, "
                      "saved_at BIGINT NOT NULL)"_s);
    if (!m_open)
        qCWarning(lcCache) << "cannot prepare the local cache" << query.lastError().text();
}

LocalCache::~LocalCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalCache::pathFor(const QString& directory, const QString& serverIdentity, const QString& email)
{
    // A file name that is safe whatever the server URL or address contains.
    const QByteArray key
        = QCryptographicHash::hash((serverIdentity + u'\n' + email).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(32);
    return QDir(directory).filePath(u"cache-"_s + QString::fromLatin1(key) + u".sqlite"_s);
}

std::optional<QJsonValue> LocalCache::read(const QString& key) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT json FROM entries WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toByteArray());
    if (document.isNull())
        return std::nullopt;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void LocalCache::write(const QString& key, const QJsonValue& value)
{
    if (!m_open)
        return;
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO entries (key, json, saved_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET json = excluded.json, saved_at = excluded.saved_at"_s);
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(json));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        qCWarning(lcCache) << "cannot write" << key << query.lastError().text();
}

void LocalCache::clear()
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.exec(u"DELETE FROM entries"_s);
}

} // namespace nacre::client
