#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// Issue 14: those who manage a workspace's security (settings.advanced) see its members' sessions,
// and sign a member out of one or all of them; only an Owner signs out an Owner. Audited in the
// workspace, and in the member's own security log.
class TestWorkspaceSessions : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestServer server;
        QString ws;
        Account owner;
        Account security; // settings.advanced
        Account support; // no settings.advanced
        Account samLaptop;
        Account samPhone;

        Fixture()
        {
            owner = server.setUp(&ws);
            const QString guards = server.createRole(owner, ws, u"Security"_s, {u"settings.advanced"_s});
            const QString helpers = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            security = server.addMember(owner, ws, guards, u"sec@acme.example"_s);
            support = server.addMember(owner, ws, helpers, u"help@acme.example"_s);
            samLaptop = server.addMember(owner, ws, helpers, u"sam@acme.example"_s);
            samPhone = server.signIn(u"sam@acme.example"_s);
        }
        QString path(const QString& suffix) const { return u"/api/v1/workspaces/%1"_s.arg(ws) + suffix; }
        QJsonArray sessions(const Account& as, const QString& query = {})
        {
            return server.get(path(u"/sessions"_s + query), as.token).items();
        }
    };

private Q_SLOTS:
    void listFilterAndEndOne()
    {
        Fixture f;
        // One session each, and Sam's two; a stranger's sessions are not this workspace's business.
        const QString other = f.server.createWorkspace(f.owner, u"Elsewhere"_s);
        f.server.addMember(f.owner, other, f.server.builtinRoleId(f.owner, other, u"member"_s), u"out@other.example"_s);
        const QJsonArray all = f.sessions(f.security);
        QCOMPARE(all.size(), 5);
        for (const QJsonValue& session : all)
            QVERIFY(session[u"member"_s][u"email"_s].toString().endsWith(u"@acme.example"_s));
        const QJsonArray sams = f.sessions(f.security, u"?member="_s + f.samLaptop.id);
        QCOMPARE(sams.size(), 2);
        QCOMPARE(sams.first()[u"member"_s][u"displayName"_s].toString(),
            f.server.get(u"/api/v1/me"_s, f.samLaptop.token).json()[u"displayName"_s].toString());
        QVERIFY(!sams.first()[u"address"_s].toString().isEmpty());
        QVERIFY(!sams.first()[u"lastActiveAt"_s].toString().isEmpty());

        // Ending the phone's session: the phone is signed out, the laptop is not.
        QString phone;
        for (const QJsonValue& own : f.server.get(u"/api/v1/me/sessions"_s, f.samPhone.token).items()) {
            if (own[u"current"_s].toBool())
                phone = own[u"id"_s].toString();
        }
        QVERIFY(!phone.isEmpty());
        QCOMPARE(f.server.send("DELETE", f.path(u"/sessions/"_s + phone), {}, f.security.token).status, 204);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.samPhone.token).status, 401);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.samLaptop.token).status, 200);
        QCOMPARE(f.sessions(f.security, u"?member="_s + f.samLaptop.id).size(), 1);
        QCOMPARE(f.server.send("DELETE", f.path(u"/sessions/"_s + phone), {}, f.security.token).status, 404);

        // Audited as who did it, about whom; Sam's own log says so too.
        const QJsonObject event
            = f.server.get(f.path(u"/audit-log?type=member.session_ended"_s), f.owner.token).items().first().toObject();
        QCOMPARE(event[u"actor"_s][u"id"_s].toString(), f.security.id);
        QCOMPARE(event[u"targetId"_s].toString(), f.samLaptop.id);
        QCOMPARE(event[u"before"_s][u"sessionId"_s].toString(), phone);
        QVERIFY(f.server.get(u"/api/v1/me/security-log"_s, f.samLaptop.token).body.contains("account.session_ended"));
    }

    void signOutEverySessionOfAMember()
    {
        Fixture f;
        const Reply done
            = f.server.send("DELETE", f.path(u"/members/"_s + f.samLaptop.id + u"/sessions"_s), {}, f.security.token);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json()[u"sessionsEnded"_s].toInt(), 2);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.samLaptop.token).status, 401);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.samPhone.token).status, 401);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.support.token).status, 200);
        QCOMPARE(f.sessions(f.security, u"?member="_s + f.samLaptop.id).size(), 0);
        const QJsonObject event
            = f.server.get(f.path(u"/audit-log?type=member.signed_out"_s), f.owner.token).items().first().toObject();
        QCOMPARE(event[u"after"_s][u"sessionsEnded"_s].toInt(), 2);
        // Sam signs in again: the membership was never touched.
        const Account back = f.server.signIn(u"sam@acme.example"_s);
        QCOMPARE(f.server.get(f.path(QString()), back.token).status, 200);
    }

    void withoutAdvancedSettingsNothingIsShownOrEnded()
    {
        Fixture f;
        QCOMPARE(f.server.get(f.path(u"/sessions"_s), f.support.token).code(), u"missing_permission"_s);
        QCOMPARE(f.server.send("DELETE", f.path(u"/members/"_s + f.samLaptop.id + u"/sessions"_s), {}, f.support.token)
                     .code(),
            u"missing_permission"_s);
        const QString samSession = f.sessions(f.security, u"?member="_s + f.samLaptop.id).first()[u"id"_s].toString();
        QCOMPARE(f.server.send("DELETE", f.path(u"/sessions/"_s + samSession), {}, f.support.token).code(),
            u"missing_permission"_s);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.samLaptop.token).status, 200);
        // Only an Owner signs out an Owner.
        QCOMPARE(
            f.server.send("DELETE", f.path(u"/members/"_s + f.owner.id + u"/sessions"_s), {}, f.security.token).code(),
            u"owner_only"_s);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.owner.token).status, 200);
        // Someone outside the workspace is not found, whoever asks.
        const QString other = f.server.createWorkspace(f.owner, u"Elsewhere"_s);
        const Account stranger = f.server.addMember(
            f.owner, other, f.server.builtinRoleId(f.owner, other, u"member"_s), u"out@other.example"_s);
        QCOMPARE(
            f.server.send("DELETE", f.path(u"/members/"_s + stranger.id + u"/sessions"_s), {}, f.owner.token).status,
            404);
        const QString strangers
            = f.server.get(u"/api/v1/me/sessions"_s, stranger.token).items().first()[u"id"_s].toString();
        QCOMPARE(f.server.send("DELETE", f.path(u"/sessions/"_s + strangers), {}, f.owner.token).status, 404);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, stranger.token).status, 200);
        QCOMPARE(f.server.get(f.path(u"/audit-log?type=member.signed_out,member.session_ended"_s), f.owner.token)
                     .items()
                     .size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSessions)
#include "tst_workspacesessions.moc"
