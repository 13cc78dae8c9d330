#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// A session idle longer than the timeout of the workspace it acts in is expired, server-side.
class TestSessionExpiry : public QObject
{
    Q_OBJECT

    static void setTimeout(TestServer& server, const Account& owner, const QString& ws, int minutes)
    {
        const QString path = u"/api/v1/workspaces/"_s + ws;
        const Reply current = server.get(path, owner.token);
        const Reply saved = server.send("PATCH", path, QJsonObject {{u"sessionTimeoutMinutes"_s, minutes}}, owner.token,
            {{"If-Match", current.header("etag")}});
        QCOMPARE(saved.status, 200);
    }

    static constexpr qint64 Minute = 60 * 1000;

private Q_SLOTS:
    void idleTimeoutIsThatOfTheWorkspaceActedIn()
    {
        TestServer server;
        QString strict;
        Account owner = server.setUp(&strict);
        const QString relaxed = server.createWorkspace(owner, u"Relaxed"_s);
        setTimeout(server, owner, strict, 30);
        setTimeout(server, owner, relaxed, 240);

        // 31 idle minutes: fine in the relaxed workspace...
        server.server().clock().advance(31 * Minute);
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + relaxed, owner.token).status, 200);
        // ...and that request was activity, so the strict one is fine right after.
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + strict, owner.token).status, 200);

        // 31 idle minutes, then the strict workspace: the session is over, everywhere.
        server.server().clock().advance(31 * Minute);
        const Reply expired = server.get(u"/api/v1/workspaces/"_s + strict, owner.token);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json().value(u"detail"_s).toString().contains(u"inactivity"_s));
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + relaxed, owner.token).status, 401);
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).status, 401);

        // Active within the timeout: the session lives on.
        owner = server.signIn(owner.email);
        for (int i = 0; i < 10; ++i) {
            server.server().clock().advance(25 * Minute);
            QCOMPARE(server.get(u"/api/v1/workspaces/"_s + strict + u"/roles"_s, owner.token).status, 200);
        }
    }

    // Defect 8: the app refreshing /me and the workspace list on its own kept a session alive with
    // nobody at the keyboard. Requests marked as the app's own no longer count as activity.
    void theAppsOwnRefreshesDoNotKeepAnIdleSessionAlive()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        setTimeout(server, owner, ws, 30);
        const QList<QPair<QByteArray, QByteArray>> background {{"Nacre-Activity", "background"}};
        for (int i = 0; i < 8; ++i) { // 40 minutes of polling every 5, nobody at the keyboard
            server.server().clock().advance(5 * Minute);
            QCOMPARE(server.send("GET", u"/api/v1/me"_s, {}, owner.token, background).status, 200);
            QCOMPARE(server.send("GET", u"/api/v1/workspaces"_s, {}, owner.token, background).status, 200);
        }
        const Reply expired
            = server.send("GET", u"/api/v1/workspaces/"_s + ws + u"/members"_s, {}, owner.token, background);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json().value(u"detail"_s).toString().contains(u"inactivity"_s));

        // The same polling with a person at work in between keeps it going.
        const Account again = server.signIn(owner.email);
        for (int i = 0; i < 8; ++i) {
            server.server().clock().advance(5 * Minute);
            QCOMPARE(server.send("GET", u"/api/v1/me"_s, {}, again.token, background).status, 200);
            if (i % 4 == 3) // a person's action every 20 minutes
                QCOMPARE(server.get(u"/api/v1/workspaces/"_s + ws + u"/roles"_s, again.token).status, 200);
        }
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + ws + u"/members"_s, again.token).status, 200);
    }

    void outsideAWorkspaceTheLongestTimeoutApplies()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        server.server().clock().advance(4319 * Minute);
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).status, 200);
        server.server().clock().advance(4321 * Minute);
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSessionExpiry)
#include "tst_sessionexpiry.moc"
