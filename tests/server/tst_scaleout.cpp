#include "support/NacredProcess.h"
#include "support/NginxProxy.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::HttpEndpoint;
using nacre::test::NacredProcess;
using nacre::test::NginxProxy;
using nacre::test::Reply;
using nacre::test::TestDatabase;
using nacre::test::TestServer;

// Two nacred processes on one database (SQLite here; PostgreSQL in the _postgres run), requests
// really in flight at the same time: what one process does, the other sees, and the rules that span
// rows hold when both act on one workspace at once.
class TestScaleOut : public QObject
{
    Q_OBJECT

    struct Cluster
    {
        QTemporaryDir dir;
        TestDatabase database {dir.filePath(u"nacred.sqlite"_s)};
        QString outbox = dir.filePath(u"outbox"_s);
        NacredProcess one;
        NacredProcess two;
        QString ws;
        Account owner;

        // The first owner and workspace, made by an in-process server that is then stopped; then the
        // two processes.
        bool start(const QStringList& extra = {})
        {
            {
                nacre::server::NacreServerConfig config;
                config.database = database.location();
                TestServer seed(config);
                if (!seed.isRunning())
                    return false;
                owner = seed.setUp(&ws);
            }
            // One worker each unless asked (the last --workers counts): a change's mail is then in the
            // outbox when its answer arrives, so newestToken() reads it at once.
            const QStringList arguments
                = QStringList {u"--database"_s, database.location(), u"--outbox"_s, outbox, u"--workers"_s, u"1"_s}
                + extra;
            return one.start(arguments) && two.start(arguments);
        }

        QString newestToken(const QString& email) const { return TestServer::invitationTokenIn(outbox, email); }

        QString roleId(const QString& builtin)
        {
            for (const QJsonValue& role :
                one.send("GET", u"/api/v1/workspaces/%1/roles"_s.arg(ws), {}, owner.token).items())
                if (role.toObject().value(u"builtin"_s).toString() == builtin)
                    return role.toObject().value(u"id"_s).toString();
            return {};
        }

        // A new member with `builtin`'s role, invited through one process and joined through the other.
        Account addMember(const QString& email, const QString& builtin)
        {
            one.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, roleId(builtin)}}, owner.token);
            const Reply joined = two.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(newestToken(email)),
                QJsonObject {
                    {u"displayName"_s, email.section(u'@', 0, 0)}, {u"password"_s, u"correct horse battery"_s}});
            const QJsonObject json = joined.json();
            return {
                json.value(u"user"_s).toObject().value(u"id"_s).toString(), email, json.value(u"token"_s).toString()};
        }

        int ownerCount()
        {
            int owners = 0;
            for (const QJsonValue& member :
                one.send("GET", u"/api/v1/workspaces/%1/members?limit=200"_s.arg(ws), {}, owner.token).items())
                owners += member.toObject().value(u"role"_s).toObject().value(u"builtin"_s).toString() == u"owner"_s;
            return owners;
        }
    };

    static QByteArray etagOf(NacredProcess& process, const QString& path, const QString& token)
    {
        return process.send("GET", path, {}, token).header("etag");
    }

    // The two Owners demote each other at the same moment, the first through `a`, the second through
    // `b`, `rounds` times: every time exactly one change goes through and one Owner is left (the
    // winner then makes the other an Owner again for the next round).
    static void demoteEachOther(Cluster& cluster, NacredProcess& a, NacredProcess& b, const Account& second, int rounds)
    {
        const QString admin = cluster.roleId(u"admin"_s);
        const QString ownerRole = cluster.roleId(u"owner"_s);
        const auto memberPath = [&cluster](const QString& userId) {
            return u"/api/v1/workspaces/%1/members/%2"_s.arg(cluster.ws, userId);
        };
        for (int round = 0; round < rounds; ++round) {
            QCOMPARE(cluster.ownerCount(), 2);
            const QByteArray secondTag = etagOf(a, memberPath(second.id), cluster.owner.token);
            const QByteArray ownerTag = etagOf(b, memberPath(cluster.owner.id), second.token);
            QNetworkReply* byOwner = a.sendAsync("PATCH", memberPath(second.id), QJsonObject {{u"roleId"_s, admin}},
                cluster.owner.token, {{"If-Match", secondTag}});
            QNetworkReply* bySecond = b.sendAsync("PATCH", memberPath(cluster.owner.id),
                QJsonObject {{u"roleId"_s, admin}}, second.token, {{"If-Match", ownerTag}});
            const Reply first = TestServer::awaitReply(byOwner);
            const Reply other = TestServer::awaitReply(bySecond);
            QCOMPARE(int(first.status == 200) + int(other.status == 200), 1);
            QCOMPARE(cluster.ownerCount(), 1);
            const bool ownerWon = first.status == 200;
            const Account& winner = ownerWon ? cluster.owner : second;
            const QString loserId = ownerWon ? second.id : cluster.owner.id;
            QCOMPARE(a.send("PATCH", memberPath(loserId), QJsonObject {{u"roleId"_s, ownerRole}}, winner.token,
                          {{"If-Match", etagOf(a, memberPath(loserId), winner.token)}})
                         .status,
                200);
        }
    }

private Q_SLOTS:
    void whatOneProcessDoesTheOtherSees()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        // A session made through one is valid on the other.
        const Reply signedIn = cluster.one.send("POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, cluster.owner.email}, {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.json().value(u"token"_s).toString();
        QCOMPARE(cluster.two.send("GET", u"/api/v1/me"_s, {}, token).status, 200);
        // Signed out through the other, it ends everywhere.
        QCOMPARE(cluster.two.send("POST", u"/api/v1/auth/logout"_s, QJsonObject {}, token).status, 204);
        QCOMPARE(cluster.one.send("GET", u"/api/v1/me"_s, {}, token).status, 401);

        // A settings change through one is seen, with its new ETag, through the other.
        const QString workspace = u"/api/v1/workspaces/%1"_s.arg(cluster.ws);
        const QByteArray before = etagOf(cluster.two, workspace, cluster.owner.token);
        const Reply changed = cluster.one.send("PATCH", workspace, QJsonObject {{u"name"_s, u"Acme North"_s}},
            cluster.owner.token, {{"If-Match", before}});
        QCOMPARE(changed.status, 200);
        const Reply seen = cluster.two.send("GET", workspace, {}, cluster.owner.token);
        QCOMPARE(seen.header("etag"), changed.header("etag"));
        QVERIFY(seen.header("etag") != before);
        QCOMPARE(seen.json().value(u"settings"_s).toObject().value(u"name"_s).toString(), u"Acme North"_s);
        // The old version is stale through either.
        QCOMPARE(cluster.two
                     .send("PATCH", workspace, QJsonObject {{u"name"_s, u"Acme South"_s}}, cluster.owner.token,
                         {{"If-Match", before}})
                     .status,
            412);

        // Failed sign-ins count together: 5 for one account from one address, made through both.
        for (int attempt = 0; attempt < 5; ++attempt) {
            NacredProcess& through = attempt % 2 == 0 ? cluster.one : cluster.two;
            QCOMPARE(through
                         .send("POST", u"/api/v1/auth/login"_s,
                             QJsonObject {{u"email"_s, cluster.owner.email},
                                 {u"password"_s, u"wrong password %1"_s.arg(attempt)}})
                         .status,
                401);
        }
        QCOMPARE(cluster.one
                     .send("POST", u"/api/v1/auth/login"_s,
                         QJsonObject {{u"email"_s, cluster.owner.email}, {u"password"_s, u"correct horse battery"_s}})
                     .status,
            429);
    }

    // Two Owners demote each other at the same moment through different processes, twenty times:
    // every time exactly one change goes through, and one Owner is left.
    void twoOwnersDemotingEachOtherLeaveExactlyOne()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        const Account second = cluster.addMember(u"second@acme.example"_s, u"owner"_s);
        QVERIFY(!second.token.isEmpty());
        demoteEachOther(cluster, cluster.one, cluster.two, second, 20);
    }

    // Ten people accept one invitation code at once, through both processes: one joins.
    void tenAcceptsOfOneCodeMakeOneMember()
    {
        Cluster cluster;
        QVERIFY(cluster.start());
        for (int round = 0; round < 5; ++round) {
            const QString email = u"sam%1@acme.example"_s.arg(round);
            cluster.one.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(cluster.ws),
                QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, cluster.roleId(u"admin"_s)}},
                cluster.owner.token);
            const QString token = cluster.newestToken(email);
            QVERIFY(!token.isEmpty());
            QList<QNetworkReply*> replies;
            for (int i = 0; i < 10; ++i)
                replies.append((i % 2 == 0 ? cluster.one : cluster.two)
                                   .sendAsync("POST", u"/api/v1/invitations/%1/accept"_s.arg(token),
                                       QJsonObject {{u"displayName"_s, u"Sam %1"_s.arg(i)},
                                           {u"password"_s, u"correct horse battery"_s}}));
            int joined = 0;
            for (QNetworkReply* reply : replies) {
                const Reply answer = TestServer::awaitReply(reply);
                QVERIFY2(answer.status != 500, qPrintable(answer.describe()));
                joined += answer.status == 201;
            }
            QCOMPARE(joined, 1);
        }
        const Reply members
            = cluster.two.send("GET", u"/api/v1/workspaces/%1/members"_s.arg(cluster.ws), {}, cluster.owner.token);
        QCOMPARE(members.json().value(u"total"_s).toInt(), 6); // the owner and one per code
    }

    // One process serving on four worker threads (each with its own database connection): requests
    // in flight together are all answered, mail queued by a worker is sent, and the rules that span
    // rows hold when two workers act on one workspace at once.
    void oneProcessWithSeveralWorkersKeepsTheRules()
    {
        Cluster cluster;
        QVERIFY(cluster.start({u"--workers"_s, u"4"_s}));
        QVERIFY2(cluster.one.log().contains("serving with 4 workers"), cluster.one.log().constData());
        const QString members = u"/api/v1/workspaces/%1/members"_s.arg(cluster.ws);

        QList<QNetworkReply*> reads;
        for (int i = 0; i < 16; ++i)
            reads.append(cluster.one.sendAsync("GET", members, {}, cluster.owner.token));
        for (QNetworkReply* reply : reads) {
            const Reply answer = TestServer::awaitReply(reply);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.json().value(u"total"_s).toInt(), 1);
        }

        // Ten accepts of one code at once, all to this process: one joins.
        const QString email = u"sam@acme.example"_s;
        QCOMPARE(cluster.one
                     .send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(cluster.ws),
                         QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, cluster.roleId(u"owner"_s)}},
                         cluster.owner.token)
                     .status,
            200);
        QString code; // written by the process's mail thread a moment after the worker's answer
        QTRY_VERIFY(!(code = cluster.newestToken(email)).isEmpty());
        QList<QNetworkReply*> accepts;
        for (int i = 0; i < 10; ++i)
            accepts.append(cluster.one.sendAsync("POST", u"/api/v1/invitations/%1/accept"_s.arg(code),
                QJsonObject {{u"displayName"_s, u"Sam %1"_s.arg(i)}, {u"password"_s, u"correct horse battery"_s}}));
        Account second;
        for (QNetworkReply* reply : accepts) {
            const Reply answer = TestServer::awaitReply(reply);
            QVERIFY2(
                answer.status == 201 || answer.status == 410 || answer.status == 409, qPrintable(answer.describe()));
            if (answer.status == 201)
                second = {answer.json().value(u"user"_s).toObject().value(u"id"_s).toString(), email,
                    answer.json().value(u"token"_s).toString()};
        }
        QVERIFY(!second.token.isEmpty());
        QCOMPARE(cluster.ownerCount(), 2);

        // Two Owners demote each other at once through two workers of one process: one is left.
        demoteEachOther(cluster, cluster.one, cluster.one, second, 10);
    }

    // The same through Debian's nginx with the shipped proxy settings, as a team runs it: requests
    // spread over both, the rules hold, and the client's address is the one nginx saw — never one a
    // client wrote into X-Forwarded-For, and the header is ignored from anyone but the proxy.
    void throughNginxTheTwoActAsOne()
    {
        Cluster cluster;
        QVERIFY(cluster.start({u"--trusted-proxy"_s, QLatin1String(NginxProxy::SourceAddress)}));
        NginxProxy proxy({cluster.one.hostAndPort(), cluster.two.hostAndPort()});
        QVERIFY2(proxy.start(), qPrintable(proxy.errorLog()));
        HttpEndpoint balanced(proxy.baseUrl());

        const QJsonObject credentials {{u"email"_s, cluster.owner.email}, {u"password"_s, u"correct horse battery"_s}};
        const Reply signedIn
            = balanced.send("POST", u"/api/v1/auth/login"_s, credentials, {}, {{"X-Forwarded-For", "203.0.113.9"}});
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.json().value(u"token"_s).toString();
        for (int i = 0; i < 6; ++i)
            QCOMPARE(balanced.send("GET", u"/api/v1/me"_s, {}, token).status, 200);
        const auto addressOf = [&balanced](const QString& session) {
            for (const QJsonValue& item : balanced.send("GET", u"/api/v1/me/sessions"_s, {}, session).items())
                if (item.toObject().value(u"current"_s).toBool())
                    return item.toObject().value(u"address"_s).toString();
            return QString();
        };
        QCOMPARE(addressOf(token), u"127.0.0.1"_s); // not the 203.0.113.9 the client claimed
        // Straight to a nacred, not through the proxy: the header counts for nothing.
        const Reply direct
            = cluster.one.send("POST", u"/api/v1/auth/login"_s, credentials, {}, {{"X-Forwarded-For", "198.51.100.7"}});
        QCOMPARE(addressOf(direct.json().value(u"token"_s).toString()), u"127.0.0.1"_s);
        // Both backends answered.
        const QString log = proxy.accessLog();
        QVERIFY2(log.contains(cluster.one.hostAndPort()) && log.contains(cluster.two.hostAndPort()), qPrintable(log));

        // A settings change through the proxy is seen, with its new ETag, whichever backend answers.
        const QString workspace = u"/api/v1/workspaces/%1"_s.arg(cluster.ws);
        const Reply renamed
            = balanced.send("PATCH", workspace, QJsonObject {{u"name"_s, u"Acme West"_s}}, cluster.owner.token,
                {{"If-Match", balanced.send("GET", workspace, {}, cluster.owner.token).header("etag")}});
        QCOMPARE(renamed.status, 200);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(balanced.send("GET", workspace, {}, cluster.owner.token).header("etag"), renamed.header("etag"));

        // Ten accepts of one code through the proxy: one member.
        cluster.one.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(cluster.ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"tess@acme.example"_s}}, {u"roleId"_s, cluster.roleId(u"admin"_s)}},
            cluster.owner.token);
        const QString code = cluster.newestToken(u"tess@acme.example"_s);
        QList<QNetworkReply*> accepts;
        for (int i = 0; i < 10; ++i)
            accepts.append(balanced.sendAsync("POST", u"/api/v1/invitations/%1/accept"_s.arg(code),
                QJsonObject {{u"displayName"_s, u"Tess %1"_s.arg(i)}, {u"password"_s, u"correct horse battery"_s}}));
        int joined = 0;
        for (QNetworkReply* reply : std::as_const(accepts))
            joined += TestServer::awaitReply(reply).status == 201;
        QCOMPARE(joined, 1);

        // Two Owners demoting each other through the proxy: one change, one Owner.
        const Account second = cluster.addMember(u"second@acme.example"_s, u"owner"_s);
        const QString admin = cluster.roleId(u"admin"_s);
        const auto memberPath = [&cluster](const QString& userId) {
            return u"/api/v1/workspaces/%1/members/%2"_s.arg(cluster.ws, userId);
        };
        QNetworkReply* a = balanced.sendAsync("PATCH", memberPath(second.id), QJsonObject {{u"roleId"_s, admin}},
            cluster.owner.token, {{"If-Match", etagOf(cluster.one, memberPath(second.id), cluster.owner.token)}});
        QNetworkReply* b = balanced.sendAsync("PATCH", memberPath(cluster.owner.id), QJsonObject {{u"roleId"_s, admin}},
            second.token, {{"If-Match", etagOf(cluster.two, memberPath(cluster.owner.id), second.token)}});
        QCOMPARE(int(TestServer::awaitReply(a).status == 200) + int(TestServer::awaitReply(b).status == 200), 1);
        QCOMPARE(cluster.ownerCount(), 1);

        // A body over nacred's --max-body is stopped at the proxy, with the same status.
        const QByteArray big(2 * 1024 * 1024, 'x');
        QCOMPARE(balanced
                     .send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(cluster.ws),
                         QJsonObject {{u"emails"_s, QJsonArray {QString::fromLatin1(big)}}}, cluster.owner.token)
                     .status,
            413);

        // Failed sign-ins through the proxy count for the client, whichever backend answered.
        for (int attempt = 0; attempt < 5; ++attempt)
            QCOMPARE(
                balanced
                    .send("POST", u"/api/v1/auth/login"_s,
                        QJsonObject {{u"email"_s, cluster.owner.email}, {u"password"_s, u"wrong %1"_s.arg(attempt)}})
                    .status,
                401);
        QCOMPARE(balanced.send("POST", u"/api/v1/auth/login"_s, credentials).status, 429);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
