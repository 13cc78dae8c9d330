#include "support/NacredProcess.h"
#include "support/SmtpRelay.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using nacre::test::NacredProcess;

// The nacred executable as an operator runs it: its command line, and a clean stop on SIGTERM.
class TestNacred : public QObject
{
    Q_OBJECT

    static QString program() { return NacredProcess::program(); }

    static QJsonObject setupBody()
    {
        return {{u"displayName"_s, u"Olga Owner"_s}, {u"email"_s, u"owner@acme.example"_s},
            {u"password"_s, u"correct horse battery"_s}, {u"workspaceName"_s, u"Acme"_s}};
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        QProcess help;
        help.start(program(), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        const QString usage = QString::fromUtf8(help.readAllStandardOutput());
        for (const QString& option :
            {u"--listen"_s, u"--database"_s, u"--outbox"_s, u"--smtp"_s, u"--smtp-allow-plain"_s, u"--smtp-ca-file"_s,
                u"--mail-from"_s, u"--mail-retry-after"_s, u"--trusted-proxy"_s, u"--workers"_s, u"--backup"_s,
                u"--max-body"_s, u"--idle-timeout"_s, u"--public-url"_s})
            QVERIFY2(usage.contains(option), qPrintable(usage));

        QProcess version;
        version.start(program(), {u"--version"_s});
        QVERIFY(version.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(version.readAllStandardOutput()).trimmed(), u"nacred " NACRE_VERSION ""_s);
    }

    void badOptionsExitWithAMessage()
    {
        QProcess process;
        process.start(program(), {u"--listen"_s, u"nowhere"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("host:port"));
    }

    // Several workers bind their sockets so that the kernel spreads connections over them; a second
    // nacred started on the same port by mistake must still be refused, not handed half the traffic.
    void aSecondServerOnAPortInUseIsRefused()
    {
        QTemporaryDir dir;
        NacredProcess first;
        QVERIFY(first.start({u"--database"_s, dir.filePath(u"first.sqlite"_s), u"--workers"_s, u"2"_s}));
        QProcess second;
        second.start(program(),
            {u"--database"_s, dir.filePath(u"second.sqlite"_s), u"--listen"_s, first.hostAndPort(), u"--workers"_s,
                u"2"_s});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY2(second.readAllStandardError().contains("in use"), "the refusal says the address is in use");
        for (int i = 0; i < 8; ++i) // and every connection still reaches the first
            QCOMPARE(first.send("GET", u"/api/v1/auth/status"_s).json().value(u"setupRequired"_s).toBool(), true);
    }

    // --backup copies a SQLite database while nacred keeps serving it; the copy is a working database.
    void aBackupIsTakenWhileServing()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"db.sqlite"_s);
        NacredProcess serving;
        QVERIFY(serving.start({u"--database"_s, database}));
        const QJsonObject setup = serving.send("POST", u"/api/v1/auth/setup"_s, setupBody()).json();
        QVERIFY(!setup.value(u"token"_s).toString().isEmpty());

        QProcess backup;
        backup.start(program(), {u"--database"_s, database, u"--backup"_s, dir.filePath(u"copy.sqlite"_s)});
        QVERIFY(backup.waitForFinished(30000));
        QCOMPARE(backup.exitCode(), 0);
        QVERIFY(backup.readAllStandardOutput().contains("backed up to"));
        QCOMPARE(serving.send("GET", u"/api/v1/me"_s, {}, setup.value(u"token"_s).toString())
                     .json()
                     .value(u"email"_s)
                     .toString(),
            u"owner@acme.example"_s); // still serving

        NacredProcess fromCopy;
        QVERIFY(fromCopy.start({u"--database"_s, dir.filePath(u"copy.sqlite"_s)}));
        const QJsonObject signedIn
            = fromCopy
                  .send("POST", u"/api/v1/auth/login"_s,
                      QJsonObject {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"correct horse battery"_s}})
                  .json();
        const QJsonArray workspaces
            = fromCopy.send("GET", u"/api/v1/workspaces"_s, {}, signedIn.value(u"token"_s).toString()).items();
        QCOMPARE(workspaces.size(), 1);
        QCOMPARE(workspaces.first().toObject().value(u"id"_s).toString(), setup.value(u"workspaceId"_s).toString());

        QProcess again; // never over an existing file
        again.start(program(), {u"--database"_s, database, u"--backup"_s, dir.filePath(u"copy.sqlite"_s)});
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 1);
        QVERIFY(again.readAllStandardError().contains("exists"));
        QProcess postgres;
        postgres.start(
            program(), {u"--database"_s, u"postgres://u@127.0.0.1:1/d"_s, u"--backup"_s, dir.filePath(u"pg.sqlite"_s)});
        QVERIFY(postgres.waitForFinished(30000));
        QVERIFY(postgres.readAllStandardError().contains("pg_dump"));
    }

    // A relay is only used as it is safe to: plain text only on this computer, and a real sender.
    void mailOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain text to another host") << QStringList {u"--smtp"_s, u"smtp://relay.example.com:587"_s,
            u"--smtp-allow-plain"_s, u"--mail-from"_s, u"Nacre <nacre@example.com>"_s}
                                                    << u"--smtp-allow-plain is only for"_s;
        QTest::newRow("no sender") << QStringList {u"--smtp"_s, u"smtp://127.0.0.1:2525"_s}
                                   << u"--mail-from: a relay needs a real sender address"_s;
        QTest::newRow("not a relay URL") << QStringList {u"--smtp"_s, u"http://relay.example.com"_s}
                                         << u"--smtp: expected smtp://"_s;
    }

    void mailOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QProcess process;
        process.start(program(),
            QStringList {u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, dir.filePath(u"db.sqlite"_s)} + arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void servesAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"nacre.*.info=true"_s); // the log is what is checked
        process.setProcessEnvironment(environment);
        process.start(program(),
            {u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, dir.filePath(u"db.sqlite"_s), u"--outbox"_s,
                dir.filePath(u"outbox"_s)});
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(process.waitForReadyRead(10000));
        const QString banner = QString::fromUtf8(process.readAllStandardOutput());
        const auto match = QRegularExpression(u"listening on http://127.0.0.1:(\\d+)"_s).match(banner);
        QVERIFY2(match.hasMatch(), qPrintable(banner));

        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, match.captured(1).toUShort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\"ok\"") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("stopped"), log.constData());
        QVERIFY(log.contains("applied migration 0001_initial.sql"));
    }

    // Issue 15: nacred --config reads the packaged settings file; the command line wins over it, and a
    // file it cannot use is refused with its line.
    void aConfigFileIsReadAndTheCommandLineWins()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(u"nacred.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("# as /etc/nacred/nacred.conf\n"
                     "listen = 127.0.0.1:1\n" // overridden below
                     "database = "
            + dir.filePath(u"from-config.sqlite"_s).toUtf8()
            + "\n"
              "outbox = "
            + dir.filePath(u"outbox"_s).toUtf8()
            + "\n"
              "smtp-allow-plain = false\n");
        config.close();
        NacredProcess server; // adds --listen 127.0.0.1:0 after, as an operator's command line would
        QVERIFY(server.start({u"--config"_s, config.fileName()}));
        QVERIFY2(!server.baseUrl().endsWith(u":1"_s), qPrintable(server.baseUrl())); // the command line's port
        QCOMPARE(server.send("GET", u"/healthz"_s).status, 200);
        QVERIFY(QFile::exists(dir.filePath(u"from-config.sqlite"_s))); // the file's database
        server.terminate();

        const auto refusal = [&](const QByteArray& line) {
            QFile bad(dir.filePath(u"bad.conf"_s));
            bad.open(QIODevice::WriteOnly | QIODevice::Truncate);
            bad.write("# comment\n" + line + "\n");
            bad.close();
            QProcess process;
            process.start(program(), {u"--config"_s, bad.fileName()});
            process.waitForFinished(10000);
            return std::pair {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
        };
        const auto [unknownCode, unknown] = refusal("colour = blue");
        QCOMPARE(unknownCode, 2);
        QVERIFY2(unknown.contains(u"bad.conf line 2: unknown setting \"colour\""_s), qPrintable(unknown));
        QVERIFY(refusal("listen 127.0.0.1:8080").second.contains(u"expected name = value"_s));
        QVERIFY(refusal("smtp-allow-plain = maybe").second.contains(u"takes true or false"_s));
        QProcess missing;
        missing.start(program(), {u"--config"_s, dir.filePath(u"none.conf"_s)});
        missing.waitForFinished(10000);
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(QString::fromUtf8(missing.readAllStandardError()).contains(u"cannot read"_s));
    }

    // A mail queued when nacred is killed (-9, mid-retry: the relay was down) is sent after the
    // restart, exactly once; the relay password, given through the environment, works.
    void aQueuedMailSurvivesAKillAndIsSentOnce()
    {
        QTemporaryDir dir;
        const nacre::test::TestCertificates certificates = nacre::test::TestCertificates::make(dir.path());
        const quint16 relayPort = nacre::test::SmtpRelay::freePort();
        const QStringList arguments {u"--database"_s, dir.filePath(u"db.sqlite"_s), u"--smtp"_s,
            u"smtp://nacre@127.0.0.1:%1"_s.arg(relayPort), u"--smtp-ca-file"_s, certificates.caFile, u"--mail-from"_s,
            u"Nacre <nacre@acme.example>"_s, u"--mail-retry-after"_s, u"1"_s};
        const QList<QPair<QString, QString>> password {
            {u"NACRED_SMTP_PASSWORD"_s, u"relay-secret-7f3a"_s}}; // kept off the command line

        NacredProcess first;
        QVERIFY(first.start(arguments, password));
        const QJsonObject setup = first.send("POST", u"/api/v1/auth/setup"_s, setupBody()).json();
        const QString token = setup.value(u"token"_s).toString();
        const QString ws = setup.value(u"workspaceId"_s).toString();
        QVERIFY(!token.isEmpty());
        QString adminRole;
        for (const QJsonValue& role : first.send("GET", u"/api/v1/workspaces/%1/roles"_s.arg(ws), {}, token).items()) {
            if (role.toObject().value(u"builtin"_s).toString() == u"admin"_s)
                adminRole = role.toObject().value(u"id"_s).toString();
        }
        first.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"sam@acme.example"_s}}, {u"roleId"_s, adminRole}}, token);
        const auto deliveryState = [&ws, &token](NacredProcess& at) {
            const QJsonArray items = at.send("GET", u"/api/v1/workspaces/%1/invitations"_s.arg(ws), {}, token).items();
            return items.isEmpty()
                ? QString()
                : items.first().toObject().value(u"delivery"_s).toObject().value(u"state"_s).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(deliveryState(first), u"retrying"_s, 10000);
        first.kill();

        nacre::test::SmtpRelay relay(certificates, relayPort, {u"nacre"_s, u"relay-secret-7f3a"_s, {}});
        QVERIFY(relay.start());
        NacredProcess second;
        QVERIFY(second.start(arguments, password));
        QVERIFY(relay.waitForMails(1));
        QTRY_COMPARE_WITH_TIMEOUT(deliveryState(second), u"sent"_s, 10000);
        QTest::qWait(2500); // past two more retry periods: a second copy would be here
        QCOMPARE(relay.mails().size(), 1);
        QCOMPARE(relay.mails().first().value(u"rcptTos"_s).toArray(), QJsonArray {u"sam@acme.example"_s});

        second.terminate();
        const QByteArray log = first.log() + second.log();
        QVERIFY(log.contains("mail goes to smtp://nacre@127.0.0.1")); // the log was read, and names no password
        QVERIFY(!log.contains("relay-secret-7f3a"));
        QVERIFY(!log.contains("nki_"));
    }
};

QTEST_GUILESS_MAIN(TestNacred)
#include "tst_nacred.moc"
