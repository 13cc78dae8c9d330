#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace nacre::test {

// The database a test's server runs on. SQLite (a file in the test's folder) unless the environment
// names a PostgreSQL cluster (NACRE_TEST_POSTGRES: a file holding its postgres:// URL, written by
// tests/postgres/postgres-cluster); then a fresh database of its own, dropped when the test is done.
// CTest runs every server test both ways.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& sqliteFile);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    static bool onPostgres(); // the environment asks for PostgreSQL
    QString location() const { return m_location; } // for NacreServerConfig::database
    bool isPostgres() const { return !m_postgresName.isEmpty(); }

    // A connection of the test's own to the same database, to look at rows directly.
    QSqlDatabase inspect(const QString& connectionName) const;
    QStringList tableNames() const; // through an inspection connection

private:
    QString m_location;
    QString m_postgresName; // the database made for this test
    QString m_baseUrl;
};

} // namespace nacre::test
