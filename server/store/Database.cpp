#include "store/Database.h"

#include "store/SqlQuery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "nacre.server.store")

namespace nacre::server {

namespace {

bool looksLikeConstraintViolation(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: 19 (SQLITE_CONSTRAINT) and its extended codes; PostgreSQL: class 23.
    return code == u"19"_s || code == u"2067"_s || code == u"1555"_s || code == u"787"_s || code.startsWith(u"23"_s)
        || error.databaseText().contains(u"constraint"_s, Qt::CaseInsensitive);
}

} // namespace

DatabaseError::DatabaseError(const QString& context, const QSqlError& error)
    : std::runtime_error((context + u": "_s + error.text()).toStdString())
    , m_constraint(looksLikeConstraintViolation(error))
{ }

DatabaseLocation DatabaseLocation::parse(const QString& text, QString* error)
{
    DatabaseLocation location;
    if (text.startsWith(u"postgres://"_s) || text.startsWith(u"postgresql://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        // libpq's forms: a host and port, or a socket folder as ?host=/run/postgresql (no host part).
        const QString socketFolder = QUrlQuery(url).queryItemValue(u"host"_s, QUrl::FullyDecoded);
        const bool viaSocket = url.host().isEmpty() && socketFolder.startsWith(u'/');
        if (!url.isValid() || (url.host().isEmpty() && !viaSocket) || url.path().size() < 2) {
            if (error)
                *error = u"expected postgres://user:password@host:port/database or "
                         "postgres://user@/database?host=/socket/folder[&port=5432]"_s;
            return location;
        }
        location.kind = Kind::Postgres;
        location.host = viaSocket ? socketFolder : url.host();
        location.port = url.port(5432);
        if (const QString port = QUrlQuery(url).queryItemValue(u"port"_s); viaSocket && !port.isEmpty())
            location.port = port.toInt(); // the socket file is named after the port
        location.databaseName = url.path().mid(1);
        location.user = url.userName(QUrl::FullyDecoded);
        location.password = url.password(QUrl::FullyDecoded);
        return location;
    }
    location.sqlitePath = text.startsWith(u"sqlite://"_s) ? text.mid(9) : text;
    if (location.sqlitePath.isEmpty() && error)
        *error = u"no database file given"_s;
    return location;
}

QString DatabaseLocation::describe() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:"_s + sqlitePath;
    if (host.startsWith(u'/'))
        return u"postgres://%1@/%2?host=%3&port=%4"_s.arg(user, databaseName, host).arg(port);
    return u"postgres://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

Database::Database(DatabaseLocation location)
    : m_location(std::move(location))
    , m_connectionName(u"nacre-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    m_prepared.clear(); // statements first: they belong to the connection
    if (m_connection.isOpen())
        m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return m_connection;
}

QSqlQuery Database::takePrepared(const QString& statement) const
{
    if (auto it = m_prepared.find(statement); it != m_prepared.end() && !it->isEmpty())
        return it->takeLast();
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw DatabaseError(statement, query.lastError());
    return query;
}

void Database::giveBack(const QString& statement, QSqlQuery query) const
{
    constexpr qsizetype MaxIdlePerStatement = 4;
    query.finish();
    QList<QSqlQuery>& idle = m_prepared[statement];
    if (idle.size() < MaxIdlePerStatement)
        idle.append(std::move(query));
}

void Database::open()
{
    if (isSqlite()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        const QFileInfo file(m_location.sqlitePath);
        QDir().mkpath(file.absolutePath());
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            throw DatabaseError(u"opening "_s + m_location.describe(), db.lastError());
        m_connection = db;
        // journal_mode answers with a row; the others are plain statements.
        SqlQuery(*this, u"PRAGMA journal_mode = WAL"_s).exec();
        SqlQuery(*this, u"PRAGMA foreign_keys = ON"_s).exec();
        SqlQuery(*this, u"PRAGMA synchronous = FULL"_s).exec();
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.databaseName);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        if (!db.open())
            throw DatabaseError(u"opening "_s + m_location.describe(), db.lastError());
        m_connection = db;
    }
    qCInfo(lcStore).noquote() << "opened" << m_location.describe();
}

QList<int> Database::appliedMigrations() const
{
    QList<int> versions;
    SqlQuery query(*this, u"SELECT version FROM schema_migrations ORDER BY version"_s);
    query.exec();
    while (query.next())
        versions.append(query.value(0).toInt());
    return versions;
}

void Database::backUpTo(const QString& file)
{
    if (!isSqlite())
        throw std::runtime_error("a copy of a PostgreSQL database is pg_dump's work");
    if (QFileInfo::exists(file))
        throw std::runtime_error(file.toStdString() + " exists; give a new file");
    SqlQuery(*this, u"VACUUM INTO ?"_s).bind(QFileInfo(file).absoluteFilePath()).exec();
}

void Database::migrate(const std::function<void(int version)>& applied)
{
    // Several nacred starting at once on one PostgreSQL: one migrates, the others wait and then find
    // the work done.
    Transaction migrating(*this);
    migrating.lockNamed(u"nacre.migrations"_s);
    SqlQuery(*this,
        u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
        "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s)
        .exec();
    const QList<int> done = appliedMigrations();

    QDir directory(u":/nacre/migrations"_s);
    const QStringList files = directory.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    static const QRegularExpression versionPattern(u"^(\\d+)_"_s);
    // A migration that needs what only one database has (SQLite's FTS5, PostgreSQL's pg_trgm) comes
    // as two files of one version, NNNN_name.sqlite.sql and NNNN_name.postgres.sql; each database
    // applies its own.
    const QString otherDialect = isSqlite() ? u".postgres.sql"_s : u".sqlite.sql"_s;
    for (const QString& fileName : files) {
        const int version = versionPattern.match(fileName).captured(1).toInt();
        if (version <= 0 || done.contains(version) || fileName.endsWith(otherDialect))
            continue;
        QFile file(directory.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read migration " + fileName.toStdString());
        const QString script = QString::fromUtf8(file.readAll());

        // Qt Sql runs one statement per exec(): split at semicolons that end a line, skip comments.
        static const QRegularExpression statementEnd(u";\\s*\\n"_s);
        for (QString statement : script.split(statementEnd)) {
            QStringList lines = statement.split(u'\n');
            lines.removeIf([](const QString& line) { return line.trimmed().startsWith(u"--"_s); });
            statement = lines.join(u'\n').trimmed();
            if (statement.endsWith(u';'))
                statement.chop(1);
            if (!statement.isEmpty())
                SqlQuery(*this, statement).exec();
        }
        SqlQuery record(*this, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
        record.bind(version).bind(fileName).bind(QDateTime::currentMSecsSinceEpoch()).exec();
        if (applied)
            applied(version);
        qCInfo(lcStore).noquote() << "applied migration" << fileName;
    }
    migrating.commit(); // all pending migrations at once, or none
}

Transaction::Transaction(Database& database)
    : m_database(database)
{
    SqlQuery(m_database, m_database.isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s).exec();
}

void Transaction::lockNamed(const QString& name)
{
    if (!m_database.isSqlite())
        SqlQuery(m_database, u"SELECT pg_advisory_xact_lock(hashtext(?))"_s).bind(name).exec();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_database.connection());
    if (!rollback.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
}

void Transaction::commit()
{
    SqlQuery(m_database, u"COMMIT"_s).exec();
    m_open = false;
}

} // namespace nacre::server
