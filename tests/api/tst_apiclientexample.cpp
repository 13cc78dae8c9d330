#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::TestServer;

// docs/examples/list-members as an integrator uses it: a client generated from docs/openapi.yaml
// (openapi-typescript), the example type-checked against it (tsc, strict), then run with Node.js
// against the real server to list a seeded workspace.
class TestApiClientExample : public QObject
{
    Q_OBJECT

    struct Finished
    {
        int exitCode = -1;
        QString output;
        QString errors;
        QString describe() const { return u"exit %1\n%2\n%3"_s.arg(exitCode).arg(output, errors); }
    };

    QTemporaryDir m_work;

    static QString tool(const QString& name)
    {
        return QStringLiteral(NACRE_SOURCE_DIR "/docs/node_modules/.bin/") + name;
    }

    // Waits with the event loop running: the server the program talks to lives in this process.
    Finished run(const QString& program, const QStringList& arguments, const QString& password = {}) const
    {
        QProcess process;
        process.setWorkingDirectory(m_work.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!password.isEmpty())
            environment.insert(u"NACRE_PASSWORD"_s, password);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program, arguments);
        if (!process.waitForStarted(10000))
            return {-1, {}, u"%1 did not start: %2"_s.arg(program, process.errorString())};
        if (!finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, u"%1 did not finish within two minutes"_s.arg(program)};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    Finished listMembers(const TestServer& server, const QString& workspace, const QString& password) const
    {
        return run(QStringLiteral(NACRE_NODE),
            {m_work.filePath(u"out/list-members.js"_s), u"--server"_s, server.url({}).toString(), u"--email"_s,
                u"owner@acme.example"_s, u"--workspace"_s, workspace},
            password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(tool(u"openapi-typescript"_s)),
            "the API tools are not installed: run ./nacre-dev test, or npm ci --prefix docs");
        const QDir example(QStringLiteral(NACRE_SOURCE_DIR "/docs/examples/list-members"));
        for (const QString& name : {u"list-members.ts"_s, u"tsconfig.json"_s, u"package.json"_s})
            QVERIFY(QFile::copy(example.filePath(name), m_work.filePath(name)));
        QVERIFY(QFile::link(QStringLiteral(NACRE_SOURCE_DIR "/docs/node_modules"), m_work.filePath(u"node_modules"_s)));

        const Finished generated = run(tool(u"openapi-typescript"_s),
            {QStringLiteral(NACRE_SOURCE_DIR "/docs/openapi.yaml"), u"-o"_s, m_work.filePath(u"nacre-api.d.ts"_s)});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.describe()));
        const Finished compiled = run(tool(u"tsc"_s), {u"-p"_s, m_work.path()});
        QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.describe()));
    }

    void listsEveryMemberOfASeededWorkspace()
    {
        TestServer server;
        QString ws;
        const auto owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        server.seedMembers(ws, support, 250); // three pages of 100
        server.createWorkspace(owner, u"Other"_s);

        const Finished listed = listMembers(server, u"Acme"_s, QString::fromLatin1(TestServer::Password));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        const QStringList lines = listed.output.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 251);
        QStringList expected;
        for (int i = 1; i <= 250; ++i)
            expected.append(u"Member %1\tmember%1@seed.example\tSupport"_s.arg(i, 5, 10, QChar(u'0')));
        expected.append(u"Olga Owner\towner@acme.example\tOwner"_s); // sorted by name, as asked
        QCOMPARE(lines, expected);
    }

    void refusalsAreExplainedWithTheProblemCode()
    {
        TestServer server;
        QString ws;
        server.setUp(&ws);

        const Finished wrongPassword = listMembers(server, u"Acme"_s, u"not the password"_s);
        QCOMPARE(wrongPassword.exitCode, 1);
        QVERIFY2(wrongPassword.errors.contains(u"Signing in failed (invalid_credentials"_s),
            qPrintable(wrongPassword.describe()));

        const Finished noSuchWorkspace = listMembers(server, u"Elsewhere"_s, QString::fromLatin1(TestServer::Password));
        QCOMPARE(noSuchWorkspace.exitCode, 1);
        QVERIFY2(noSuchWorkspace.errors.contains(u"no workspace named \"Elsewhere\""_s),
            qPrintable(noSuchWorkspace.describe()));
    }
};

QTEST_GUILESS_MAIN(TestApiClientExample)
#include "tst_apiclientexample.moc"
