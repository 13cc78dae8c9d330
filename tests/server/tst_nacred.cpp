#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// The nacred executable as an operator runs it: its command line, and a clean stop on SIGTERM.
class TestNacred : public QObject
{
    Q_OBJECT

    static QString program() { return QStringLiteral(NACRED_PATH); }

private Q_SLOTS:
    void helpAndVersion()
    {
        QProcess help;
        help.start(program(), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        const QString usage = QString::fromUtf8(help.readAllStandardOutput());
        for (const QString& option :
            {u"--listen"_s, u"--database"_s, u"--outbox"_s, u"--max-body"_s, u"--idle-timeout"_s, u"--public-url"_s})
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
};

QTEST_GUILESS_MAIN(TestNacred)
#include "tst_nacred.moc"
