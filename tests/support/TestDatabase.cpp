#include "support/TestDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nacre::test {

namespace {

QString postgresBaseUrl()
{
    QFile file(qEnvironmentVariable("NACRE_TEST_POSTGRES"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("NACRE_TEST_POSTGRES names %s, which cannot be read: is the test cluster running "
               "(tests/postgres/postgres-cluster start)?",
            qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

QSqlDatabase connect(const QUrl& url, const QString& database, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    return db;
}

// Runs one statement against the cluster's maintenance database.
void administer(const QString& baseUrl, const QString& statement)
{
    const QString name = u"nacre-test-admin-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = connect(QUrl(baseUrl), QUrl(baseUrl).path().mid(1), name);
        if (!db.open())
            qFatal(
                "cannot reach the test PostgreSQL at %s: %s", qPrintable(baseUrl), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(statement))
            qFatal("%s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool TestDatabase::onPostgres()
{
    return !qEnvironmentVariableIsEmpty("NACRE_TEST_POSTGRES");
}

TestDatabase::TestDatabase(const QString& sqliteFile)
{
    if (!onPostgres()) {
        m_location = sqliteFile;
        return;
    }
    m_baseUrl = postgresBaseUrl();
    m_postgresName = u"nacre_test_"_s + QUuid::createUuid().toString(QUuid::Id128);
    administer(m_baseUrl, u"CREATE DATABASE %1"_s.arg(m_postgresName));
    QUrl url(m_baseUrl);
    url.setPath(u"/"_s + m_postgresName);
    m_location = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresName.isEmpty())
        administer(m_baseUrl, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_postgresName));
}

QSqlDatabase TestDatabase::inspect(const QString& connectionName) const
{
    if (isPostgres())
        return connect(QUrl(m_location), m_postgresName, connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(m_location);
    return db;
}

QStringList TestDatabase::tableNames() const
{
    QStringList names;
    const QString connection = u"nacre-test-tables-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = inspect(connection);
        if (!db.open())
            return names;
        QSqlQuery query(db);
        query.exec(isPostgres()
                ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"_s
                : u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        while (query.next())
            names.append(query.value(0).toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

} // namespace nacre::test
