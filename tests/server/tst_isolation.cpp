#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// Two workspaces built alike (same role names, same member names): nothing of B is readable or
// writable through A's routes or by A's people, and a foreign id is a 404, never a 403.
class TestIsolation : public QObject
{
    Q_OBJECT

    struct Tenant
    {
        QString ws;
        Account owner;
        Account admin;
        QString supportRole;
        Account member;
        QString invitationId;
    };

    static Tenant build(TestServer& server, const Account& owner, const QString& ws, const QString& domain)
    {
        Tenant tenant;
        tenant.ws = ws;
        tenant.owner = owner;
        tenant.supportRole = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        tenant.admin = server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"admin@"_s + domain);
        tenant.member = server.addMember(owner, ws, tenant.supportRole, u"sam@"_s + domain);
        const Reply invited = server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"pending@"_s + domain}}, {u"roleId"_s, tenant.supportRole}},
            owner.token);
        tenant.invitationId
            = invited.json().value(u"results"_s).toArray().first().toObject().value(u"invitationId"_s).toString();
        return tenant;
    }

    // Everything B's owner can see of B, to compare before and after.
    static QByteArray snapshot(TestServer& server, const Tenant& tenant)
    {
        QByteArray all;
        for (const QString& part : {u""_s, u"/members"_s, u"/roles"_s, u"/invitations"_s})
            all += server.get(u"/api/v1/workspaces/%1%2"_s.arg(tenant.ws, part), tenant.owner.token).body;
        return all;
    }

private Q_SLOTS:
    void foreignIdsAreNotFound()
    {
        TestServer server;
        QString wsA;
        const Account ownerA = server.setUp(&wsA, u"owner@a.example"_s);
        const Tenant a = build(server, ownerA, wsA, u"a.example"_s);
        // B has its own owner, who is not in A.
        const Account adminOfA = a.admin;
        const QString wsB = server.createWorkspace(adminOfA, u"Acme"_s); // the same name as A
        const Account ownerB = adminOfA;
        const Tenant b = build(server, ownerB, wsB, u"b.example"_s);
        Q_UNUSED(b.admin);
        const QByteArray before = snapshot(server, b);

        const QString A = u"/api/v1/workspaces/"_s + a.ws;
        const QString B = u"/api/v1/workspaces/"_s + b.ws;
        struct Call
        {
            QByteArray method;
            QString path;
            QJsonValue body;
            int status;
        };
        const QList<Call> calls {
            // B's resources through A's routes, by A's owner.
            {"GET", A + u"/members/"_s + b.member.id, {}, 404},
            {"PATCH", A + u"/members/"_s + b.member.id, QJsonObject {{u"roleId"_s, a.supportRole}}, 404},
            {"DELETE", A + u"/members/"_s + b.member.id, {}, 404},
            {"GET", A + u"/roles/"_s + b.supportRole, {}, 404},
            {"PATCH", A + u"/roles/"_s + b.supportRole, QJsonObject {{u"name"_s, u"Stolen"_s}}, 404},
            {"DELETE", A + u"/roles/"_s + b.supportRole, {}, 404},
            {"POST", A + u"/invitations/"_s + b.invitationId + u"/resend"_s, QJsonObject {}, 404},
            {"POST", A + u"/invitations/"_s + b.invitationId + u"/link"_s, QJsonObject {}, 404},
            {"DELETE", A + u"/invitations/"_s + b.invitationId, {}, 404},
            // A's member with B's role id: that role does not exist here.
            {"DELETE", A + u"/roles/"_s + a.supportRole + u"?moveTo="_s + b.supportRole, {}, 422},
            {"PATCH", A + u"/members/"_s + a.member.id, QJsonObject {{u"roleId"_s, b.supportRole}}, 422},
            {"POST", A + u"/invitations"_s,
                QJsonObject {{u"emails"_s, QJsonArray {u"x@a.example"_s}}, {u"roleId"_s, b.supportRole}}, 422},
            // B's routes, by A's owner, who is not in B.
            {"GET", B, {}, 404},
            {"PATCH", B, QJsonObject {{u"name"_s, u"Mine"_s}}, 404},
            {"DELETE", B, QJsonObject {{u"confirmName"_s, u"Acme"_s}}, 404},
            {"GET", B + u"/members"_s, {}, 404},
            {"GET", B + u"/roles"_s, {}, 404},
            {"POST", B + u"/roles"_s, QJsonObject {{u"name"_s, u"X"_s}, {u"permissions"_s, QJsonArray {}}}, 404},
            {"GET", B + u"/invitations"_s, {}, 404},
            {"POST", B + u"/invitations"_s,
                QJsonObject {{u"emails"_s, QJsonArray {u"x@b.example"_s}}, {u"roleId"_s, b.supportRole}}, 404},
            {"GET", B + u"/audit-log"_s, {}, 404},
            {"POST", B + u"/leave"_s, QJsonObject {}, 404},
        };
        for (const Call& call : calls) {
            const Reply reply = server.send(call.method, call.path, call.body, ownerA.token, {{"If-Match", "*"}});
            QVERIFY2(reply.status == call.status,
                qPrintable(u"%1 %2: %3"_s.arg(QString::fromLatin1(call.method), call.path, reply.describe())));
        }
        QCOMPARE(snapshot(server, b), before);
        // A's owner sees only A in the switcher.
        const Reply mine = server.get(u"/api/v1/workspaces"_s, ownerA.token);
        QCOMPARE(mine.items().size(), 1);
        QCOMPARE(mine.items().first().toObject().value(u"id"_s).toString(), a.ws);
    }
};

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_isolation.moc"
