#include "store/Database.h"
#include "store/SqlQuery.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using nacre::server::Database;
using nacre::server::DatabaseLocation;
using nacre::server::SqlQuery;
using nacre::server::Transaction;

class TestDatabase : public QObject
{
    Q_OBJECT

    static QString scalar(Database& db, const QString& statement)
    {
        SqlQuery query(db, statement);
        query.exec();
        return query.next() ? query.text(0) : QString();
    }

private Q_SLOTS:
    void sqliteRunsSafely()
    {
        QTemporaryDir dir;
        Database db(DatabaseLocation::parse(dir.filePath(u"x.sqlite"_s), nullptr));
        db.open();
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s), u"1"_s);
        QCOMPARE(scalar(db, u"PRAGMA synchronous"_s), u"2"_s); // FULL
    }

    void migrationsApplyOnceAndAreRecorded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.sqlite"_s);
        {
            Database db(DatabaseLocation::parse(path, nullptr));
            db.open();
            db.migrate();
            QCOMPARE(db.appliedMigrations(), (QList<int> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}));
            SqlQuery(db,
                u"INSERT INTO users (id, email, display_name, sort_name, password_hash, locale, time_zone, "
                "created_at) VALUES ('u', 'a@b.example', 'A', 'a', 'h', 'en', 'UTC', 1)"_s)
                .exec();
        }
        Database again(DatabaseLocation::parse(path, nullptr));
        again.open();
        again.migrate(); // nothing to do, nothing lost
        QCOMPARE(again.appliedMigrations(), (QList<int> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}));
        QCOMPARE(scalar(again, u"SELECT COUNT(*) FROM users"_s), u"1"_s);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Database db(DatabaseLocation::parse(dir.filePath(u"x.sqlite"_s), nullptr));
        db.open();
        db.migrate();
        bool refused = false;
        try {
            SqlQuery(db,
                u"INSERT INTO roles (id, workspace_id, name, name_key, created_at) "
                "VALUES ('r', 'no-such-workspace', 'R', 'r', 1)"_s)
                .exec();
        } catch (const nacre::server::DatabaseError& error) {
            refused = error.isConstraintViolation();
        }
        QVERIFY(refused);
    }

    void transactionsRollBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(DatabaseLocation::parse(dir.filePath(u"x.sqlite"_s), nullptr));
        db.open();
        db.migrate();
        {
            Transaction transaction(db);
            SqlQuery(db,
                u"INSERT INTO workspaces (id, name, session_timeout_minutes, created_at) "
                "VALUES ('w', 'W', 60, 1)"_s)
                .exec();
        } // no commit: as when a handler throws
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM workspaces"_s), u"0"_s);
        {
            Transaction transaction(db);
            SqlQuery(db,
                u"INSERT INTO workspaces (id, name, session_timeout_minutes, created_at) "
                "VALUES ('w', 'W', 60, 1)"_s)
                .exec();
            transaction.commit();
        }
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM workspaces"_s), u"1"_s);
    }

    void locationsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("described");
        QTest::newRow("file") << u"/var/lib/nacre/db.sqlite"_s << false << u"sqlite:/var/lib/nacre/db.sqlite"_s;
        QTest::newRow("postgres") << u"postgres://nacre:s3cret@db.internal:6543/nacre"_s << true
                                  << u"postgres://nacre@db.internal:6543/nacre"_s; // never the password
        QTest::newRow("postgres default port") << u"postgresql://u:p@h/d"_s << true << u"postgres://u@h:5432/d"_s;
        QTest::newRow("postgres socket folder") << u"postgres://nacre@/nacre?host=/run/postgresql"_s << true
                                                << u"postgres://nacre@/nacre?host=/run/postgresql&port=5432"_s;
    }

    void locationsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        QFETCH(QString, described);
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(text, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(location.kind == DatabaseLocation::Kind::Postgres, postgres);
        QCOMPARE(location.describe(), described);
    }

    // The socket-folder form reaches a real server (the test cluster's own socket folder), and the
    // migrations run there.
    void aSocketFolderReachesPostgres()
    {
        if (!nacre::test::TestDatabase::onPostgres())
            QSKIP("PostgreSQL only: runs in tst_database_postgres");
        QTemporaryDir dir;
        const nacre::test::TestDatabase database(dir.filePath(u"unused.sqlite"_s));
        const QString socketFolder
            = QFileInfo(qEnvironmentVariable("NACRE_TEST_POSTGRES")).absoluteDir().filePath(u"socket"_s);
        const QString name = QUrl(database.location()).path().mid(1);
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(
            u"postgres://nacre@/%1?host=%2&port=%3"_s.arg(name, socketFolder).arg(QUrl(database.location()).port()),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(location.host, socketFolder);
        try {
            Database db(location);
            db.open();
            db.migrate();
            QCOMPARE(db.appliedMigrations().size(), 13);
        } catch (const std::exception& exception) {
            QFAIL(exception.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
