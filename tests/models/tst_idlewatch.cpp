#include "session/IdleWatch.h"
#include "session/Session.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre::client;
using nacre::test::Account;
using nacre::test::TestServer;

// The app's countdown to the server's idle expiry, against the real server: the server's clock and
// the watch's clock move together, so what the watch says is what the server then does.
class TestIdleWatch : public QObject
{
    Q_OBJECT

    static constexpr qint64 Minute = 60 * 1000;

    struct Fixture
    {
        Fixture()
        {
            owner = server.setUp(&ws);
            const QString path = u"/api/v1/workspaces/"_s + ws;
            server.send("PATCH", path, QJsonObject {{u"sessionTimeoutMinutes"_s, 30}}, owner.token,
                {{"If-Match", server.get(path, owner.token).header("etag")}});
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            session.begin(nacre::UserProfile::fromJson(server.get(u"/api/v1/me"_s, owner.token).json()).value());
            session.refreshWorkspaces(ws);
            QTRY_COMPARE(session.currentWorkspaceId(), ws);
        }
        void advance(qint64 ms) { server.server().clock().advance(ms); }
        qint64 now() { return server.server().clock().nowMs(); }

        TestServer server;
        QString ws;
        Account owner;
        ApiClient api;
        Session session {api};
    };

private Q_SLOTS:
    void warnsBeforeTheWorkspacesTimeoutAndStayingActiveResetsIt()
    {
        Fixture f;
        IdleWatch watch(f.api, f.session, [&f] { return f.now(); });
        QSignalSpy warned(&watch, &IdleWatch::warning);
        QSignalSpy cleared(&watch, &IdleWatch::cleared);
        QSignalSpy expired(&watch, &IdleWatch::expired);
        bool done = false;
        f.api.get(u"/api/v1/workspaces/"_s + f.ws + u"/roles"_s, this, [&done](const ApiResult&) { done = true; });
        QTRY_VERIFY(done); // the person's request: the countdown starts
        QVERIFY(watch.secondsLeft() > 30 * 60 - 5); // real time passes too, a little

        f.advance(27 * Minute);
        watch.check();
        QCOMPARE(warned.size(), 0); // three minutes left: no warning yet
        f.advance(90 * 1000);
        watch.check();
        QCOMPARE(warned.size(), 1);
        QVERIFY(qAbs(warned.last().first().toInt() - 90) <= 5);

        // The app refreshing on its own changes nothing: the warning stays.
        done = false;
        f.api.refresh(u"/api/v1/me"_s, this, [&done](const ApiResult&) { done = true; });
        QTRY_VERIFY(done);
        watch.check();
        QVERIFY(watch.isWarning());

        watch.stayActive();
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(watch.secondsLeft() > 30 * 60 - 5);
        // And the server agrees: 29 more minutes later, the workspace still answers.
        f.advance(29 * Minute);
        done = false;
        int status = 0;
        f.api.refresh(u"/api/v1/workspaces/"_s + f.ws, this, [&](const ApiResult& result) {
            status = result.status;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(status, 200);
        QCOMPARE(expired.size(), 0);
    }

    void saysWhenTheTimeIsUpAsTheServerDoes()
    {
        Fixture f;
        IdleWatch watch(f.api, f.session, [&f] { return f.now(); });
        QSignalSpy expired(&watch, &IdleWatch::expired);
        bool done = false;
        f.api.get(u"/api/v1/workspaces/"_s + f.ws, this, [&done](const ApiResult&) { done = true; });
        QTRY_VERIFY(done);
        f.advance(30 * Minute + 1000);
        watch.check();
        QCOMPARE(expired.size(), 1);
        QSignalSpy sessionEnded(&f.api, &ApiClient::sessionExpired);
        f.api.refresh(u"/api/v1/workspaces/"_s + f.ws, this, {});
        QVERIFY(sessionEnded.wait(5000)); // the server ended it too
    }

    void warningLengthFollowsTheTimeout()
    {
        QCOMPARE(IdleWatch::warningSeconds(30), 120);
        QCOMPARE(IdleWatch::warningSeconds(4320), 120);
        QCOMPARE(IdleWatch::warningSeconds(5), 30);
    }
};

QTEST_GUILESS_MAIN(TestIdleWatch)
#include "tst_idlewatch.moc"
