#include "support/TestServer.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// "Forgot password?" as the owner of the account uses it and as someone else would try it.
class TestPasswordReset : public QObject
{
    Q_OBJECT

    static Reply ask(TestServer& server, const QString& email)
    {
        return server.send("POST", u"/api/v1/auth/password-reset"_s, QJsonObject {{u"email"_s, email}});
    }
    static Reply complete(TestServer& server, const QString& code, const QString& password)
    {
        return server.send("POST", u"/api/v1/auth/password-reset/complete"_s,
            QJsonObject {{u"code"_s, code}, {u"password"_s, password}});
    }
    static int mailCount(TestServer& server)
    {
        return int(QDir(server.outboxPath()).entryList({u"*.eml"_s}, QDir::Files).size());
    }

private Q_SLOTS:
    void aMailedCodeSetsANewPasswordAndEndsEverySession()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Account laptop = server.signIn(owner.email);

        const Reply asked = ask(server, u"  Owner@Acme.example "_s);
        QCOMPARE(asked.status, 202);
        QCOMPARE(asked.json()[u"validMinutes"_s].toInt(), 30);
        const QString code = server.resetCodeFromOutbox(owner.email);
        QVERIFY(code.startsWith(u"nkr_"_s));
        const QString mail = server.newestMailTo(owner.email);
        QVERIFY(mail.contains(u"nacre://reset?server="_s));
        QVERIFY(mail.contains(u"from the address 127.0.0.1"_s));

        // The rules for a new password are the ones everywhere else.
        QCOMPARE(complete(server, code, u"short"_s).status, 422);
        QCOMPARE(complete(server, code, u"a whole new password"_s).status, 204);
        server.noteSecret(u"a whole new password"_s);

        // Every session of the account has ended; the old password no longer works, the new one does.
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).status, 401);
        QCOMPARE(server.get(u"/api/v1/me"_s, laptop.token).status, 401);
        QCOMPARE(server
                     .send("POST", u"/api/v1/auth/login"_s,
                         QJsonObject {{u"email"_s, owner.email}, {u"password"_s, u"correct horse battery"_s}})
                     .status,
            401);
        const Account after = server.signIn(owner.email, u"a whole new password"_s);
        QVERIFY(!after.token.isEmpty());
        // Single use.
        const Reply again = complete(server, code, u"yet another password"_s);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), u"reset_code_unusable"_s);
        // The account's owner sees both steps in their security log.
        const Reply log = server.get(u"/api/v1/me/security-log"_s, after.token);
        QVERIFY(log.body.contains("account.password_reset_requested"));
        QVERIFY(log.body.contains("account.password_reset\""));
    }

    void theAnswerIsTheSameWhetherOrNotTheAccountExists()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Reply known = ask(server, owner.email);
        const Reply unknown = ask(server, u"nobody@acme.example"_s);
        QCOMPARE(unknown.status, known.status);
        QCOMPARE(unknown.body, known.body);
        QCOMPARE(mailCount(server), 1); // only the real account got mail
        QVERIFY(server.newestMailTo(u"nobody@acme.example"_s).isEmpty());
        // A malformed address is a validation error, as anywhere.
        QCOMPARE(ask(server, u"not an address"_s).status, 422);
    }

    void aCodeExpiresAndOnlyTheNewestWorks()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        ask(server, owner.email);
        const QString first = server.resetCodeFromOutbox(owner.email);
        server.server().clock().advance(1000);
        ask(server, owner.email);
        const QString second = server.resetCodeFromOutbox(owner.email);
        QVERIFY(first != second);
        QCOMPARE(complete(server, first, u"a whole new password"_s).code(), u"reset_code_unusable"_s);

        server.server().clock().advance(31LL * 60 * 1000);
        QCOMPARE(complete(server, second, u"a whole new password"_s).code(), u"reset_code_unusable"_s);
        QCOMPARE(server
                     .send("POST", u"/api/v1/auth/login"_s,
                         QJsonObject {{u"email"_s, owner.email}, {u"password"_s, u"correct horse battery"_s}})
                     .status,
            200);
    }

    void askingIsThrottledPerAccountAndPerAddress()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(ask(server, owner.email).status, 202);
        QCOMPARE(mailCount(server), 3); // an inbox is not flooded: three mails an hour at most

        for (int i = 0; i < 5; ++i)
            QCOMPARE(ask(server, u"someone%1@acme.example"_s.arg(i)).status, 202);
        const Reply stopped = ask(server, u"one-more@acme.example"_s);
        QCOMPARE(stopped.status, 429);
        QVERIFY(stopped.header("retry-after").toInt() > 0);
        // Another computer is not affected.
        const Reply elsewhere = server.sendFrom(QHostAddress(u"127.0.0.2"_s), "POST", u"/api/v1/auth/password-reset"_s,
            QJsonObject {{u"email"_s, owner.email}});
        QCOMPARE(elsewhere.status, 202);
        server.server().clock().advance(61LL * 60 * 1000);
        QCOMPARE(ask(server, owner.email).status, 202);
        QCOMPARE(mailCount(server), 4);
    }

    void guessingCodesIsStopped()
    {
        TestServer server;
        QString ws;
        server.setUp(&ws);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(
                complete(server, u"nkr_guess%1guessguessguessguess"_s.arg(i), u"a whole new password"_s).status, 400);
        QCOMPARE(complete(server, u"nkr_guessguessguessguessguess"_s, u"a whole new password"_s).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestPasswordReset)
#include "tst_passwordreset.moc"
