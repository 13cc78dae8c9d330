#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

class TestAuthRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupRunsOnlyOnce()
    {
        TestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        QVERIFY(server.get(u"/api/v1/auth/status"_s).json().value(u"setupRequired"_s).toBool());
        QString workspaceId;
        const Account owner = server.setUp(&workspaceId);
        QVERIFY(owner.token.startsWith(u"nks_"_s));

        const Reply again = server.send("POST", u"/api/v1/auth/setup"_s,
            QJsonObject {{u"displayName"_s, u"Mallory"_s}, {u"email"_s, u"mallory@evil.example"_s},
                {u"password"_s, u"correct horse battery"_s}, {u"workspaceName"_s, u"Takeover"_s}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"already_set_up"_s);
        QCOMPARE(again.header("content-type"), QByteArray("application/problem+json"));
        QVERIFY(!server.get(u"/api/v1/auth/status"_s).json().value(u"setupRequired"_s).toBool());

        const Reply workspaces = server.get(u"/api/v1/workspaces"_s, owner.token);
        QCOMPARE(workspaces.items().size(), 1);
        const QJsonObject workspace = workspaces.items().first().toObject();
        QCOMPARE(workspace.value(u"name"_s).toString(), u"Acme"_s);
        QCOMPARE(workspace.value(u"plan"_s).toString(), u"free"_s);
        QCOMPARE(workspace.value(u"myRole"_s).toObject().value(u"builtin"_s).toString(), u"owner"_s);
        QCOMPARE(workspace.value(u"myPermissions"_s).toArray().size(), nacre::PermissionCatalog::Count);
    }

    void setupValidatesEveryField()
    {
        TestServer server;
        const Reply reply = server.send("POST", u"/api/v1/auth/setup"_s,
            QJsonObject {{u"displayName"_s, u"  "_s}, {u"email"_s, u"owner@"_s}, {u"password"_s, u"short"_s},
                {u"workspaceName"_s, QString(101, u'w')}});
        QCOMPARE(reply.status, 422);
        QStringList fields;
        for (const QJsonValue& error : reply.json().value(u"errors"_s).toArray())
            fields.append(error.toObject().value(u"field"_s).toString());
        fields.sort();
        QCOMPARE(fields, (QStringList {u"displayName"_s, u"email"_s, u"password"_s, u"workspaceName"_s}));
        // Nothing was created: setup is still open.
        QString workspaceId;
        server.setUp(&workspaceId);
        QVERIFY(!workspaceId.isEmpty());
    }

    void wrongPasswordAndUnknownAccountLookTheSame()
    {
        TestServer server;
        server.setUp(nullptr);
        const Reply wrong = server.send("POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"not the password"_s}});
        const Reply unknown = server.send("POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, u"nobody@acme.example"_s}, {u"password"_s, u"not the password"_s}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);

        const Account again = server.signIn(u"OWNER@acme.example"_s); // addresses are case-insensitive
        QVERIFY(!again.token.isEmpty());
    }

    void repeatedFailuresAreThrottled()
    {
        TestServer server;
        server.setUp(nullptr);
        const QJsonObject wrong {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"guess guess guess"_s}};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(server.send("POST", u"/api/v1/auth/login"_s, wrong).status, 401);
        const Reply throttled = server.send("POST", u"/api/v1/auth/login"_s, wrong);
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.header("retry-after").toInt() > 0);
        // Even the right password waits until the window has passed.
        const QJsonObject right {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"correct horse battery"_s}};
        QCOMPARE(server.send("POST", u"/api/v1/auth/login"_s, right).status, 429);
        server.server().clock().advance(16 * 60 * 1000);
        QCOMPARE(server.send("POST", u"/api/v1/auth/login"_s, right).status, 200);
    }

    // Defect 7: five failures for an account from anywhere refused the right password from every
    // other address, so anyone who knew the owner's email could keep the owner out.
    void anAttackerIsSlowedWhileTheOwnerStillSignsIn()
    {
        TestServer server;
        server.setUp(nullptr);
        const QHostAddress home(u"127.0.0.2"_s);
        QCOMPARE(server
                     .sendFrom(home, "POST", u"/api/v1/auth/login"_s,
                         QJsonObject {{u"email"_s, u"owner@acme.example"_s},
                             {u"password"_s, QString::fromLatin1(TestServer::Password)}})
                     .status,
            200); // the owner has signed in from home before

        const QJsonObject guess {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"guess guess guess"_s}};
        // From one address: five failures, then that address is stopped for the account.
        const QHostAddress attacker(u"127.0.0.66"_s);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(server.sendFrom(attacker, "POST", u"/api/v1/auth/login"_s, guess).status, 401);
        const Reply stopped = server.sendFrom(attacker, "POST", u"/api/v1/auth/login"_s, guess);
        QCOMPARE(stopped.status, 429);
        QVERIFY(stopped.header("retry-after").toInt() > 0);
        // From many addresses: past ten failures for the account, each new address waits longer.
        int delayed = 0;
        int lastWait = 0;
        for (int i = 0; i < 8; ++i) {
            const QHostAddress other(u"127.0.1.%1"_s.arg(i + 1));
            Reply reply = server.sendFrom(other, "POST", u"/api/v1/auth/login"_s, guess);
            if (reply.status == 429) {
                ++delayed;
                QVERIFY(reply.header("retry-after").toInt() >= lastWait);
                lastWait = reply.header("retry-after").toInt();
                server.server().clock().advance(qint64(lastWait) * 1000); // the attacker waits as told
                reply = server.sendFrom(other, "POST", u"/api/v1/auth/login"_s, guess);
            }
            QCOMPARE(reply.status, 401);
        }
        QVERIFY(delayed > 0);
        QVERIFY(lastWait >= 2); // progressive
        // Right after the newest failure, an unknown address with the right password waits too...
        const QJsonObject right {
            {u"email"_s, u"owner@acme.example"_s}, {u"password"_s, QString::fromLatin1(TestServer::Password)}};
        QCOMPARE(server.sendFrom(QHostAddress(u"127.0.2.1"_s), "POST", u"/api/v1/auth/login"_s, right).status, 429);
        // ...but the owner, from an address they signed in from before, is not locked out.
        QCOMPARE(server.sendFrom(home, "POST", u"/api/v1/auth/login"_s, right).status, 200);
        // The attacker's own address stays stopped for the window, right password or not.
        QCOMPARE(server.sendFrom(attacker, "POST", u"/api/v1/auth/login"_s, right).status, 429);
    }

    // Defect 5: a sign-in without a User-Agent header stored NULL into a NOT NULL column: 500.
    void aClientWithoutUserAgentSignsIn()
    {
        TestServer server;
        server.setUp(nullptr);
        const QByteArray body = R"({"email":"owner@acme.example","password":"correct horse battery"})";
        const QByteArray answer
            = server.exchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                              "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(300).constData());
    }

    void changingTheEmailNeedsThePassword()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        const QByteArray etag = server.get(u"/api/v1/me"_s, owner.token).header("etag");
        const QJsonObject move {{u"email"_s, u"olga@new.example"_s}};
        const Reply without = server.send("PATCH", u"/api/v1/me"_s, move, owner.token, {{"If-Match", etag}});
        QCOMPARE(without.status, 422);
        QCOMPARE(without.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(),
            u"currentPassword"_s);
        QJsonObject withPassword = move;
        withPassword.insert(u"currentPassword"_s, QString::fromLatin1(TestServer::Password));
        const Reply moved = server.send("PATCH", u"/api/v1/me"_s, withPassword, owner.token, {{"If-Match", etag}});
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.json().value(u"email"_s).toString(), u"olga@new.example"_s);
        QVERIFY(!server.signIn(u"olga@new.example"_s).token.isEmpty());
        const Reply log = server.get(u"/api/v1/me/security-log"_s, owner.token);
        QVERIFY(log.body.contains("account.email_changed"));
    }

    void passwordAndProfileChangesReachTheSecurityLog()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        const QByteArray etag = server.get(u"/api/v1/me"_s, owner.token).header("etag");
        server.send("PATCH", u"/api/v1/me"_s, QJsonObject {{u"displayName"_s, u"Olga O."_s}}, owner.token,
            {{"If-Match", etag}});
        QCOMPARE(server
                     .send("POST", u"/api/v1/me/password"_s,
                         QJsonObject {{u"currentPassword"_s, QString::fromLatin1(TestServer::Password)},
                             {u"newPassword"_s, u"a much longer passphrase"_s}},
                         owner.token)
                     .status,
            204);
        const QJsonArray events = server.get(u"/api/v1/me/security-log"_s, owner.token).items();
        QStringList types;
        for (const QJsonValue& event : events)
            types.append(event.toObject().value(u"type"_s).toString());
        QCOMPARE(
            types, (QStringList {u"account.password_changed"_s, u"account.profile_updated"_s, u"account.signed_in"_s}));
        QCOMPARE(
            events.at(1).toObject().value(u"detail"_s).toObject().value(u"displayName"_s).toString(), u"Olga O."_s);
    }

    void failedSignInsReachTheAccountsSecurityLog()
    {
        TestServer server;
        QString workspaceId;
        const Account owner = server.setUp(&workspaceId);
        server.sendFrom(QHostAddress(u"127.0.0.7"_s), "POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"hunter2hunter2"_s}});
        const Reply log = server.get(u"/api/v1/me/security-log"_s, owner.token);
        QCOMPARE(log.status, 200);
        const QJsonObject failed = log.items().first().toObject();
        QCOMPARE(failed.value(u"type"_s).toString(), u"account.sign_in_failed"_s);
        QCOMPARE(failed.value(u"address"_s).toString(), u"127.0.0.7"_s);
        QCOMPARE(failed.value(u"userAgent"_s).toString(), u"nacre-tests"_s);
        QCOMPARE(log.items().last().toObject().value(u"type"_s).toString(), u"account.signed_in"_s); // the setup
        QVERIFY(!log.body.contains("hunter2")); // never the password tried
        // Account events are the account's own: no workspace's audit log carries them.
        const Reply audit = server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(workspaceId), owner.token);
        QVERIFY(!audit.body.contains("sign_in"));
    }

    void logoutEndsTheToken()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).status, 200);
        QCOMPARE(server.send("POST", u"/api/v1/auth/logout"_s, {}, owner.token).status, 204);
        const Reply after = server.get(u"/api/v1/me"_s, owner.token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.code(), u"unauthenticated"_s);
        QCOMPARE(server.get(u"/api/v1/me"_s, u"nks_forged"_s).status, 401);
        QCOMPARE(server.get(u"/api/v1/me"_s).status, 401);
    }

    void profileUpdatesNeedTheCurrentVersion()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        const Reply me = server.get(u"/api/v1/me"_s, owner.token);
        const QByteArray etag = me.header("etag");
        QVERIFY(!etag.isEmpty());

        const QJsonObject change {{u"displayName"_s, u"Olga O."_s}, {u"timeZone"_s, u"Europe/Oslo"_s}};
        QCOMPARE(server.send("PATCH", u"/api/v1/me"_s, change, owner.token).status, 428);
        const Reply saved = server.send("PATCH", u"/api/v1/me"_s, change, owner.token, {{"If-Match", etag}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json().value(u"displayName"_s).toString(), u"Olga O."_s);
        QCOMPARE(saved.json().value(u"timeZone"_s).toString(), u"Europe/Oslo"_s);
        QCOMPARE(saved.json().value(u"email"_s).toString(), u"owner@acme.example"_s);

        const Reply stale = server.send(
            "PATCH", u"/api/v1/me"_s, QJsonObject {{u"displayName"_s, u"Olga"_s}}, owner.token, {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).json().value(u"displayName"_s).toString(), u"Olga O."_s);

        const Reply bad = server.send("PATCH", u"/api/v1/me"_s,
            QJsonObject {{u"locale"_s, u"klingon"_s}, {u"email"_s, u"not an address"_s}}, owner.token,
            {{"If-Match", saved.header("etag")}});
        QCOMPARE(bad.status, 422); // the address is not one, and the locale is unknown
        QCOMPARE(bad.json().value(u"errors"_s).toArray().size(), 2);

        // A change that changes nothing keeps the version (the next save still matches).
        const Reply same = server.send("PATCH", u"/api/v1/me"_s, QJsonObject {{u"displayName"_s, u"Olga O."_s}},
            owner.token, {{"If-Match", saved.header("etag")}});
        QCOMPARE(same.status, 200);
        QCOMPARE(same.header("etag"), saved.header("etag"));
        // "*" is no version: refused like a missing one.
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/me"_s, QJsonObject {{u"displayName"_s, u"Blind"_s}}, owner.token,
                         {{"If-Match", "*"}})
                     .status,
            428);
    }

    void passwordChangeEndsOtherSessions()
    {
        TestServer server;
        const Account first = server.setUp(nullptr);
        const Account second = server.signIn(first.email);

        const Reply wrongCurrent = server.send("POST", u"/api/v1/me/password"_s,
            QJsonObject {{u"currentPassword"_s, u"not it at all"_s}, {u"newPassword"_s, u"a much better passphrase"_s}},
            first.token);
        QCOMPARE(wrongCurrent.status, 422);
        QCOMPARE(server.get(u"/api/v1/me"_s, second.token).status, 200);

        const Reply changed = server.send("POST", u"/api/v1/me/password"_s,
            QJsonObject {
                {u"currentPassword"_s, u"correct horse battery"_s}, {u"newPassword"_s, u"a much better passphrase"_s}},
            first.token);
        QCOMPARE(changed.status, 204);
        QCOMPARE(server.get(u"/api/v1/me"_s, first.token).status, 200);
        QCOMPARE(server.get(u"/api/v1/me"_s, second.token).status, 401);
        QCOMPARE(server
                     .send("POST", u"/api/v1/auth/login"_s,
                         QJsonObject {{u"email"_s, first.email}, {u"password"_s, u"correct horse battery"_s}})
                     .status,
            401);
        QVERIFY(!server.signIn(first.email, u"a much better passphrase"_s).token.isEmpty());
    }

    void ownSessionsCanBeListedAndEnded()
    {
        TestServer server;
        const Account first = server.setUp(nullptr);
        const Account second = server.signIn(first.email);
        const Reply sessions = server.get(u"/api/v1/me/sessions"_s, first.token);
        QCOMPARE(sessions.items().size(), 2);
        QString otherId;
        int current = 0;
        for (const QJsonValue& session : sessions.items()) {
            if (session.toObject().value(u"current"_s).toBool())
                ++current;
            else
                otherId = session.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(current, 1);
        QCOMPARE(server.send("DELETE", u"/api/v1/me/sessions/"_s + otherId, {}, first.token).status, 204);
        QCOMPARE(server.get(u"/api/v1/me"_s, second.token).status, 401);
        QCOMPARE(server.send("DELETE", u"/api/v1/me/sessions/"_s + otherId, {}, first.token).status, 404);
    }

    void sessionsHaveAnAbsoluteLifetime()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        // Stay active (every 12 hours, well within any idle timeout) for 31 days: it still ends at 30.
        for (int halfDays = 1; halfDays <= 62; ++halfDays) {
            server.server().clock().advance(12 * 3600 * 1000);
            if (server.get(u"/api/v1/me"_s, owner.token).status != 200) {
                QCOMPARE(halfDays, 60);
                return;
            }
        }
        QFAIL("the session outlived its absolute lifetime");
    }
};

QTEST_GUILESS_MAIN(TestAuthRoutes)
#include "tst_authroutes.moc"
