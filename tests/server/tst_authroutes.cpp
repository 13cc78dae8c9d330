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

    void failedSignInsReachTheAuditLog()
    {
        TestServer server;
        QString workspaceId;
        const Account owner = server.setUp(&workspaceId);
        server.send("POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"hunter2hunter2"_s}});
        const Reply log
            = server.get(u"/api/v1/workspaces/%1/audit-log?type=auth.login_failed"_s.arg(workspaceId), owner.token);
        QCOMPARE(log.status, 200);
        QCOMPARE(log.items().size(), 1);
        QVERIFY(!log.body.contains("hunter2")); // never the password tried
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
            QJsonObject {{u"locale"_s, u"klingon"_s}, {u"email"_s, u"x@y.example"_s}}, owner.token,
            {{"If-Match", saved.header("etag")}});
        QCOMPARE(bad.status, 422); // email is not editable here, and the locale is unknown
        QCOMPARE(bad.json().value(u"errors"_s).toArray().size(), 2);
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
