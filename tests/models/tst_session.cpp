#include "session/AuthService.h"
#include "session/Session.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace nacre::client;
using nacre::test::Account;
using nacre::test::TestServer;

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupThenSignInStartsASession()
    {
        TestServer server;
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        AuthService auth(api);

        std::optional<bool> required;
        auth.fetchSetupRequired(this, [&required](bool value, const ApiError&) { required = value; });
        QTRY_VERIFY(required.has_value());
        QVERIFY(*required);

        std::optional<SignInResult> setUp;
        auth.setUp({u"Olga Owner"_s, u"olga@acme.example"_s, u"correct horse battery"_s, u"Acme"_s}, this,
            [&setUp](const SignInResult& result) { setUp = result; });
        QTRY_VERIFY(setUp.has_value());
        QVERIFY2(setUp->ok(), qPrintable(setUp->error.message()));
        QCOMPARE(setUp->profile.displayName, u"Olga Owner"_s);
        QVERIFY(!setUp->workspaceId.isEmpty());

        std::optional<SignInResult> wrong;
        auth.signIn(u"olga@acme.example"_s, u"not my password"_s, {}, this,
            [&wrong](const SignInResult& result) { wrong = result; });
        QTRY_VERIFY(wrong.has_value());
        QCOMPARE(wrong->error.code, u"invalid_credentials"_s);
        QVERIFY(wrong->token.isEmpty());

        std::optional<SignInResult> right;
        auth.signIn(u"olga@acme.example"_s, u"correct horse battery"_s, {}, this,
            [&right](const SignInResult& result) { right = result; });
        QTRY_VERIFY(right.has_value());
        QVERIFY(right->ok());
        QVERIFY(right->token.startsWith(u"nks_"_s));
    }

    void switchingWorkspacesSignalsOnceEach()
    {
        TestServer server;
        QString acme;
        const Account owner = server.setUp(&acme);
        const QString beta = server.createWorkspace(owner, u"Beta"_s);
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        Session session(api);
        QSignalSpy listChanged(&session, &Session::workspacesChanged);
        QSignalSpy switched(&session, &Session::currentWorkspaceChanged);

        session.refreshWorkspaces(beta); // the last workspace used
        QTRY_COMPARE(switched.size(), 1);
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(session.workspaces().size(), 2);
        QCOMPARE(session.currentWorkspaceId(), beta);
        QCOMPARE(session.currentWorkspace()->name, u"Beta"_s);
        QVERIFY(session.currentWorkspace()->amOwner());

        QVERIFY(session.selectWorkspace(acme));
        QCOMPARE(switched.size(), 2);
        QCOMPARE(switched.last().first().toString(), acme);
        QVERIFY(!session.selectWorkspace(acme)); // already there: no signal
        QVERIFY(!session.selectWorkspace(u"not-a-workspace"_s)); // unknown: refused
        QCOMPARE(switched.size(), 2);

        // A refresh that finds the same list changes nothing.
        session.refreshWorkspaces();
        QVERIFY(QTest::qWaitFor([&] { return !api.isBusy(); }, 5000));
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(switched.size(), 2);
    }

    void creatingAWorkspaceSwitchesToIt()
    {
        TestServer server;
        QString acme;
        const Account owner = server.setUp(&acme);
        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        Session session(api);
        session.refreshWorkspaces();
        QTRY_COMPARE(session.currentWorkspaceId(), acme);

        std::optional<ApiError> invalid;
        session.createWorkspace(u"  "_s, this, [&invalid](const ApiError& error, const QString&) { invalid = error; });
        QTRY_VERIFY(invalid.has_value());
        QVERIFY(!invalid->fieldMessage(u"name"_s).isEmpty());

        QString createdId;
        session.createWorkspace(u"Gamma"_s, this, [&createdId](const ApiError&, const QString& id) { createdId = id; });
        QTRY_VERIFY(!createdId.isEmpty());
        QTRY_COMPARE(session.currentWorkspaceId(), createdId);
        QCOMPARE(session.workspaces().size(), 2);

        session.forgetWorkspace(createdId);
        QCOMPARE(session.currentWorkspaceId(), acme);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
