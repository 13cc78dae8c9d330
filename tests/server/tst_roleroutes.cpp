#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

class TestRoleRoutes : public QObject
{
    Q_OBJECT

    static QString roles(const QString& ws) { return u"/api/v1/workspaces/%1/roles"_s.arg(ws); }

private Q_SLOTS:
    void builtInRolesComeFirstAndCannotChange()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.createRole(owner, ws, u"Billing"_s, {u"billing.manage"_s});
        const Reply list = server.get(roles(ws), owner.token);
        QCOMPARE(list.status, 200);
        QStringList names;
        for (const QJsonValue& role : list.items())
            names.append(role.toObject().value(u"name"_s).toString());
        QCOMPARE(names, (QStringList {u"Owner"_s, u"Admin"_s, u"Member"_s, u"Billing"_s}));
        QCOMPARE(list.items().first().toObject().value(u"memberCount"_s).toInt(), 1);

        const QString adminId = server.builtinRoleId(owner, ws, u"admin"_s);
        const Reply admin = server.get(roles(ws) + u'/' + adminId, owner.token);
        const Reply edit = server.send("PATCH", roles(ws) + u'/' + adminId, QJsonObject {{u"name"_s, u"Boss"_s}},
            owner.token, {{"If-Match", admin.header("etag")}});
        QCOMPARE(edit.status, 403);
        QCOMPARE(edit.code(), u"builtin_role"_s);
        QCOMPARE(server.send("DELETE", roles(ws) + u'/' + adminId, {}, owner.token).code(), u"builtin_role"_s);
    }

    void namesAreUniqueWhateverTheCase()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.createRole(owner, ws, u"Support"_s, {});
        for (const QString& name : {u"SUPPORT"_s, u" support "_s, u"owner"_s}) {
            const Reply clash = server.send(
                "POST", roles(ws), QJsonObject {{u"name"_s, name}, {u"permissions"_s, QJsonArray {}}}, owner.token);
            QCOMPARE(clash.status, 409);
            QCOMPARE(clash.code(), u"role_name_taken"_s);
        }
        // The same name in another workspace is fine: roles are workspace-scoped.
        const QString other = server.createWorkspace(owner, u"Other"_s);
        QVERIFY(!server.createRole(owner, other, u"Support"_s, {}).isEmpty());
    }

    void editingNeedsTheCurrentVersionAndIsAudited()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString id = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Reply before = server.get(roles(ws) + u'/' + id, owner.token);
        const QJsonObject change {
            {u"name"_s, u"Support Team"_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s, u"leads.manage"_s}}};
        QCOMPARE(server.send("PATCH", roles(ws) + u'/' + id, change, owner.token).status, 428);
        const Reply saved
            = server.send("PATCH", roles(ws) + u'/' + id, change, owner.token, {{"If-Match", before.header("etag")}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json().value(u"permissions"_s).toArray(), (QJsonArray {u"leads.manage"_s, u"calls.view"_s}));
        QCOMPARE(server
                     .send("PATCH", roles(ws) + u'/' + id, QJsonObject {{u"name"_s, u"X"_s}}, owner.token,
                         {{"If-Match", before.header("etag")}})
                     .status,
            412);
        const Reply log = server.get(u"/api/v1/workspaces/%1/audit-log?type=role.updated"_s.arg(ws), owner.token);
        QCOMPARE(log.items().size(), 1);
        QCOMPARE(
            log.items().first().toObject().value(u"after"_s).toObject().value(u"name"_s).toString(), u"Support Team"_s);
    }

    void unknownPermissionsAreRefused()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Reply reply = server.send("POST", roles(ws),
            QJsonObject {{u"name"_s, u"Odd"_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s, u"root.everything"_s}}},
            owner.token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(),
            u"permissions[1]"_s);
        QCOMPARE(server.get(roles(ws), owner.token).items().size(), 3);
    }

    void rolesInUseCannotBeDeleted()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        const Reply refused = server.send("DELETE", roles(ws) + u'/' + support, {}, owner.token);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), u"role_in_use"_s);
        QCOMPARE(refused.json().value(u"memberCount"_s).toInt(), 1);

        // Move Sam, then the role can go.
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const Reply member = server.get(u"/api/v1/workspaces/%1/members/%2"_s.arg(ws, sam.id), owner.token);
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/workspaces/%1/members/%2"_s.arg(ws, sam.id),
                         QJsonObject {{u"roleId"_s, admin}}, owner.token, {{"If-Match", member.header("etag")}})
                     .status,
            200);
        QCOMPARE(server.send("DELETE", roles(ws) + u'/' + support, {}, owner.token).status, 204);
        QCOMPARE(server.get(roles(ws) + u'/' + support, owner.token).status, 404);
    }

    // The kept counts (migrations 0008–0010) follow a move of thousands of members in one statement:
    // on PostgreSQL per statement, not once per member on the same rows.
    void movingALargeRoleKeepsEveryCount()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const QString viewers = server.createRole(owner, ws, u"Viewers"_s, {u"analytics.view"_s});
        server.seedMembers(ws, support, 3000);
        const auto count = [&](const QString& role) {
            return server.get(roles(ws) + u'/' + role, owner.token).json().value(u"memberCount"_s).toInt();
        };
        QCOMPARE(count(support), 3000);
        QCOMPARE(
            server.send("DELETE", roles(ws) + u'/' + support + u"?moveTo="_s + viewers, {}, owner.token).status, 204);
        QCOMPARE(count(viewers), 3000);
        QCOMPARE(server.get(u"/api/v1/workspaces/%1/members?limit=1"_s.arg(ws), owner.token)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            3001);
        QCOMPARE(server.get(u"/api/v1/workspaces/%1/members?limit=1&role=%2"_s.arg(ws, viewers), owner.token)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
            3000);
    }

    void deletingCanMoveTheMembersAndInvitationsFirst()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const QString viewers = server.createRole(owner, ws, u"Viewers"_s, {u"analytics.view"_s});
        server.seedMembers(ws, support, 30);
        server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"kim@acme.example"_s}}, {u"roleId"_s, support}}, owner.token);

        const Reply moved
            = server.send("DELETE", roles(ws) + u'/' + support + u"?moveTo="_s + viewers, {}, owner.token);
        QCOMPARE(moved.status, 204);
        QCOMPARE(server.get(roles(ws) + u'/' + support, owner.token).status, 404);
        const Reply holders = server.get(roles(ws) + u'/' + viewers, owner.token);
        QCOMPARE(holders.json().value(u"memberCount"_s).toInt(), 30);
        const QJsonObject invitation
            = server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(ws), owner.token).items().first().toObject();
        QCOMPARE(invitation.value(u"role"_s).toObject().value(u"name"_s).toString(), u"Viewers"_s);
        // Each change is in the audit log, as if made one by one, and the deletion says where they went.
        const Reply log = server.get(u"/api/v1/workspaces/%1/audit-log?limit=200"_s.arg(ws), owner.token);
        int roleChanges = 0;
        for (const QJsonValue& entry : log.items()) {
            const QString action = entry.toObject().value(u"type"_s).toString();
            roleChanges += action == u"member.role_changed"_s ? 1 : 0;
            if (action == u"role.deleted"_s)
                QCOMPARE(entry.toObject().value(u"after"_s).toObject().value(u"membersMoved"_s).toInt(), 30);
        }
        QCOMPARE(roleChanges, 30);
        QVERIFY(log.body.contains("invitation.role_changed"));
    }

    void movingFollowsTheSameRulesAsOneByOne()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const QString managers = server.createRole(owner, ws, u"Managers"_s, {u"resources.users"_s, u"calls.view"_s});
        const Account manager = server.addMember(owner, ws, managers, u"manager@acme.example"_s);
        server.seedMembers(ws, support, 3);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const auto deleteSupport = [&](const QString& moveTo, const Account& as) {
            return server.send("DELETE", roles(ws) + u'/' + support + u"?moveTo="_s + moveTo, {}, as.token);
        };
        // A manager may not hand out Admin, not even by deleting a role.
        QCOMPARE(deleteSupport(admin, manager).code(), u"escalation"_s);
        // Unknown target, or the role itself.
        QCOMPARE(deleteSupport(u"no-such-role"_s, owner).status, 422);
        QCOMPARE(deleteSupport(support, owner).status, 422);
        QCOMPARE(deleteSupport(support, owner)
                     .json()
                     .value(u"errors"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"field"_s)
                     .toString(),
            u"moveTo"_s);
        // Nobody moves themself: deleting Managers would change the manager's own role.
        const Reply own
            = server.send("DELETE", roles(ws) + u'/' + managers + u"?moveTo="_s + support, {}, manager.token);
        QCOMPARE(own.code(), u"own_role"_s);
        // Nothing of the refused attempts happened.
        QCOMPARE(server.get(roles(ws) + u'/' + support, owner.token).json().value(u"memberCount"_s).toInt(), 3);
        QCOMPARE(server.get(roles(ws) + u'/' + managers, owner.token).json().value(u"memberCount"_s).toInt(), 1);
    }

    void permissionCatalogIsServed()
    {
        TestServer server;
        const Reply catalog = server.get(u"/api/v1/permissions"_s);
        QCOMPARE(catalog.status, 200);
        const QJsonArray areas = catalog.json().value(u"areas"_s).toArray();
        QCOMPARE(areas.size(), 10);
        int permissions = 0;
        for (const QJsonValue& area : areas)
            permissions += int(area.toObject().value(u"permissions"_s).toArray().size());
        QCOMPARE(permissions, nacre::PermissionCatalog::Count);
        QCOMPARE(areas.at(5).toObject().value(u"label"_s).toString(), u"Resources"_s);
    }
};

QTEST_GUILESS_MAIN(TestRoleRoutes)
#include "tst_roleroutes.moc"
