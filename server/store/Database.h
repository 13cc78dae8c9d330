#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <stdexcept>

namespace nacre::server {

// A failed SQL statement. Carries the driver's text for the log; never shown to API clients.
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString& context, const QSqlError& error);
    bool isConstraintViolation() const { return m_constraint; }

private:
    bool m_constraint = false;
};

// Where the data lives: a SQLite file (the default) or a PostgreSQL URL
// (postgres://user:password@host:port/database).
struct DatabaseLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;

    static DatabaseLocation parse(const QString& text, QString* error);
    QString describe() const; // for logs: never the password
};

// One connection, opened on the thread that uses it (Qt Sql's rule). SQLite runs in WAL mode with
// foreign keys on and synchronous=FULL; writers take the lock up front with BEGIN IMMEDIATE.
class Database
{
public:
    explicit Database(DatabaseLocation location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void open(); // throws DatabaseError
    // Applies pending migrations from the :/nacre/migrations resources. `applied` runs after each
    // migration applied now, in the same transaction: the steps SQL cannot do (hashing the audit
    // events written before the chain, for 0011).
    void migrate(const std::function<void(int version)>& applied = {});
    QSqlDatabase connection() const;
    bool isSqlite() const { return m_location.kind == DatabaseLocation::Kind::Sqlite; }
    const DatabaseLocation& location() const { return m_location; }
    QList<int> appliedMigrations() const;
    // SQLite: a consistent copy of the whole database into a new file, while servers keep running
    // (VACUUM INTO). PostgreSQL has pg_dump for that: throws.
    void backUpTo(const QString& file);

    // Prepared statements are kept for reuse (SqlQuery takes one and gives it back when done): a
    // request runs the same few statements every time, and preparing is a parse on SQLite and a
    // round trip on PostgreSQL. Several of one statement may be out at once (nested use).
    QSqlQuery takePrepared(const QString& statement) const;
    void giveBack(const QString& statement, QSqlQuery query) const;

private:
    DatabaseLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_connection; // kept from open(): QSqlDatabase::database() takes a global lock
    mutable QHash<QString, QList<QSqlQuery>> m_prepared;
};

// A write transaction: BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL. Rolled back on destruction
// unless committed, so a thrown ApiError leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    // Serialises every transaction that takes the same lock until this one ends. PostgreSQL: a
    // transaction-scoped advisory lock on the name's hash. SQLite: nothing to do (BEGIN IMMEDIATE
    // already holds the one write lock).
    void lockNamed(const QString& name);

private:
    Database& m_database;
    bool m_open = true;
};

} // namespace nacre::server
