#include "support/TestServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

class TestWorkspaceRoutes : public QObject
{
    Q_OBJECT

    static QString path(const QString& workspaceId) { return u"/api/v1/workspaces/"_s + workspaceId; }

    static Reply patch(TestServer& server, const QString& ws, const Account& as, const QJsonObject& change)
    {
        const QByteArray etag = server.get(path(ws), as.token).header("etag");
        return server.send("PATCH", path(ws), change, as.token, {{"If-Match", etag}});
    }

private Q_SLOTS:
    // Issue 10, item 2: a new workspace offers least privilege by default, not every permission.
    void aNewWorkspaceInvitesAsTheLeastPrivilegedMemberRole()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString member = server.builtinRoleId(owner, ws, u"member"_s);
        QVERIFY(!member.isEmpty());
        const Reply role = server.get(u"/api/v1/workspaces/%1/roles/%2"_s.arg(ws, member), owner.token);
        QCOMPARE(role.json().value(u"permissions"_s).toArray(), (QJsonArray {u"analytics.view"_s, u"calls.view"_s}));
        // Built in: it cannot be edited or deleted, so "Member" means the same in every workspace.
        QCOMPARE(server.send("DELETE", u"/api/v1/workspaces/%1/roles/%2"_s.arg(ws, member), {}, owner.token).code(),
            u"builtin_role"_s);
        const Reply workspace = server.get(path(ws), owner.token);
        QCOMPARE(workspace.json()[u"settings"_s][u"defaultRoleId"_s].toString(), member);
        QCOMPARE(workspace.json()[u"defaultRoleId"_s].toString(), member); // the switcher's summary too
        QCOMPARE(
            server.get(u"/api/v1/workspaces"_s, owner.token).items().first()[u"defaultRoleId"_s].toString(), member);
    }

    void theDefaultRoleIsTheAdminsToChooseWithinTheGrantRules()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s, u"leads.manage"_s});
        const QString billing = server.createRole(owner, ws, u"Billing"_s, {u"billing.manage"_s});
        const QString managers = server.createRole(owner, ws, u"Managers"_s,
            {u"settings.general"_s, u"resources.users"_s, u"calls.view"_s, u"leads.manage"_s});
        const Account manager = server.addMember(owner, ws, managers, u"manager@acme.example"_s);

        Reply changed = patch(server, ws, owner, {{u"defaultRoleId"_s, support}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json()[u"settings"_s][u"defaultRoleId"_s].toString(), support);
        QVERIFY(server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(ws), owner.token).body.contains("defaultRoleId"));

        // Never Owner, never a role of another workspace or none.
        Reply refused = patch(server, ws, owner, {{u"defaultRoleId"_s, server.builtinRoleId(owner, ws, u"owner"_s)}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()[u"errors"_s][0][u"code"_s].toString(), u"not_allowed"_s);
        const QString other = server.createWorkspace(owner, u"Other"_s);
        refused = patch(server, ws, owner, {{u"defaultRoleId"_s, server.builtinRoleId(owner, other, u"member"_s)}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()[u"errors"_s][0][u"field"_s].toString(), u"defaultRoleId"_s);

        // A manager who may edit general settings cannot make every invitation give what they lack.
        QCOMPARE(patch(server, ws, manager, {{u"defaultRoleId"_s, billing}}).code(), u"escalation"_s);
        QCOMPARE(patch(server, ws, manager, {{u"defaultRoleId"_s, managers}}).status, 200);

        // A deleted default role hands the default back to Member.
        QCOMPARE(patch(server, ws, owner, {{u"defaultRoleId"_s, billing}}).status, 200);
        QCOMPARE(
            server.send("DELETE", u"/api/v1/workspaces/%1/roles/%2"_s.arg(ws, billing), {}, owner.token).status, 204);
        QCOMPARE(server.get(path(ws), owner.token).json()[u"settings"_s][u"defaultRoleId"_s].toString(),
            server.builtinRoleId(owner, ws, u"member"_s));
    }
    void createdWorkspacesHaveTheirOwnSubscription()
    {
        TestServer server;
        const Account owner = server.setUp(nullptr);
        const Reply created
            = server.send("POST", u"/api/v1/workspaces"_s, QJsonObject {{u"name"_s, u"  Beta Team "_s}}, owner.token);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"name"_s).toString(), u"Beta Team"_s);
        QCOMPARE(created.json().value(u"plan"_s).toString(), u"free"_s);
        QCOMPARE(created.json().value(u"myRole"_s).toObject().value(u"builtin"_s).toString(), u"owner"_s);
        QVERIFY(created.header("location").endsWith(created.json().value(u"id"_s).toString().toLatin1()));
        QVERIFY(!created.header("etag").isEmpty());

        const Reply list = server.get(u"/api/v1/workspaces"_s, owner.token);
        QCOMPARE(list.json().value(u"total"_s).toInt(), 2);
        QStringList names;
        for (const QJsonValue& workspace : list.items())
            names.append(workspace.toObject().value(u"name"_s).toString());
        QCOMPARE(names, (QStringList {u"Acme"_s, u"Beta Team"_s}));

        const Reply paged = server.get(u"/api/v1/workspaces?limit=1"_s, owner.token);
        QCOMPARE(paged.items().size(), 1);
        const QString cursor = paged.json().value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const Reply second = server.get(u"/api/v1/workspaces?limit=1&cursor="_s + cursor, owner.token);
        QCOMPARE(second.items().first().toObject().value(u"name"_s).toString(), u"Beta Team"_s);
        QVERIFY(second.json().value(u"nextCursor"_s).isNull());
    }

    void settingsAreSavedWithTheCurrentVersion()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Reply current = server.get(path(ws), owner.token);
        QCOMPARE(current.status, 200);
        const QJsonObject settings = current.json().value(u"settings"_s).toObject();
        QCOMPARE(settings.value(u"sessionTimeoutMinutes"_s).toInt(), 60);
        QCOMPARE(settings.value(u"billingEmail"_s).toString(), owner.email);

        const QJsonObject change {{u"name"_s, u"Acme Support"_s}, {u"billingEmail"_s, u"Billing@Acme.example"_s},
            {u"notificationsEmail"_s, QJsonValue::Null}, {u"newsletter"_s, true}, {u"sessionTimeoutMinutes"_s, 240},
            {u"publicRecordings"_s, true}};
        QCOMPARE(server.send("PATCH", path(ws), change, owner.token).status, 428);
        const Reply saved = server.send("PATCH", path(ws), change, owner.token, {{"If-Match", current.header("etag")}});
        QCOMPARE(saved.status, 200);
        const QJsonObject after = saved.json().value(u"settings"_s).toObject();
        QCOMPARE(after.value(u"name"_s).toString(), u"Acme Support"_s);
        QCOMPARE(after.value(u"billingEmail"_s).toString(), u"billing@acme.example"_s);
        QVERIFY(after.value(u"notificationsEmail"_s).isNull());
        QCOMPARE(after.value(u"sessionTimeoutMinutes"_s).toInt(), 240);
        QVERIFY(after.value(u"publicRecordings"_s).toBool());
        QVERIFY(saved.header("etag") != current.header("etag"));

        const Reply log = server.get(path(ws) + u"/audit-log?type=workspace.settings_updated"_s, owner.token);
        QCOMPARE(log.items().size(), 1);
        const QJsonObject event = log.items().first().toObject();
        QCOMPARE(event.value(u"before"_s).toObject().value(u"sessionTimeoutMinutes"_s).toInt(), 60);
        QCOMPARE(event.value(u"after"_s).toObject().value(u"sessionTimeoutMinutes"_s).toInt(), 240);
        QVERIFY(!event.value(u"after"_s).toObject().contains(u"requireTwoFactor"_s)); // unchanged fields stay out
    }

    void concurrentUpdatesLetExactlyOneWin()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QByteArray etag = server.get(path(ws), owner.token).header("etag");
        const Reply first
            = server.send("PATCH", path(ws), QJsonObject {{u"name"_s, u"First"_s}}, owner.token, {{"If-Match", etag}});
        const Reply second
            = server.send("PATCH", path(ws), QJsonObject {{u"name"_s, u"Second"_s}, {u"sessionTimeoutMinutes"_s, 90}},
                owner.token, {{"If-Match", etag}});
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 412);
        QCOMPARE(second.code(), u"stale_version"_s);
        const QJsonObject now = server.get(path(ws), owner.token).json().value(u"settings"_s).toObject();
        QCOMPARE(now.value(u"name"_s).toString(), u"First"_s);
        QCOMPARE(now.value(u"sessionTimeoutMinutes"_s).toInt(), 60); // nothing of the loser was written
    }

    void invalidSettingsChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("blank name") << QJsonObject {{u"name"_s, u" "_s}} << u"name"_s;
        QTest::newRow("bad email") << QJsonObject {{u"billingEmail"_s, u"billing@@acme"_s}} << u"billingEmail"_s;
        QTest::newRow("timeout too short")
            << QJsonObject {{u"sessionTimeoutMinutes"_s, 5}} << u"sessionTimeoutMinutes"_s;
        QTest::newRow("timeout too long")
            << QJsonObject {{u"sessionTimeoutMinutes"_s, 4321}} << u"sessionTimeoutMinutes"_s;
        QTest::newRow("timeout as text") << QJsonObject {{u"sessionTimeoutMinutes"_s, u"60"_s}}
                                         << u"sessionTimeoutMinutes"_s;
        QTest::newRow("unknown field") << QJsonObject {{u"plan"_s, u"enterprise"_s}} << u"plan"_s;
    }

    void invalidSettingsChangeNothing()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, field);
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Reply before = server.get(path(ws), owner.token);
        const Reply reply = server.send("PATCH", path(ws), change, owner.token, {{"If-Match", before.header("etag")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
        QCOMPARE(server.get(path(ws), owner.token).body, before.body);
    }

    // Defect 2: a member with no settings permission sent {} with a valid If-Match and got 200, and
    // the version went up, so the owner's next save failed with 412.
    void anEmptyChangeNeedsAPermissionAndChangesNothing()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString readers = server.createRole(owner, ws, u"Readers"_s, {u"calls.view"_s});
        const Account reader = server.addMember(owner, ws, readers, u"reader@acme.example"_s);
        const Reply before = server.get(path(ws), owner.token);
        const QByteArray etag = before.header("etag");
        const Reply refused = server.send("PATCH", path(ws), QJsonObject {}, reader.token, {{"If-Match", etag}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), u"missing_permission"_s);

        const Reply nothing = server.send("PATCH", path(ws), QJsonObject {}, owner.token, {{"If-Match", etag}});
        QCOMPARE(nothing.status, 200);
        QCOMPARE(nothing.header("etag"), etag);
        const Reply same
            = server.send("PATCH", path(ws), QJsonObject {{u"name"_s, u"Acme"_s}}, owner.token, {{"If-Match", etag}});
        QCOMPARE(same.header("etag"), etag); // a no-op keeps the version and writes no audit entry
        const Reply log = server.get(path(ws) + u"/audit-log?type=workspace.settings_updated"_s, owner.token);
        QCOMPARE(log.items().size(), 0);
        // So the owner's real change still applies with the version they read.
        const Reply saved
            = server.send("PATCH", path(ws), QJsonObject {{u"newsletter"_s, true}}, owner.token, {{"If-Match", etag}});
        QCOMPARE(saved.status, 200);
    }

    // Defect 11: "If-Match: *" overwrote settings blindly. A change must name a real version.
    void aBlindOverwriteIsRefused()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Reply blind
            = server.send("PATCH", path(ws), QJsonObject {{u"name"_s, u"Blind"_s}}, owner.token, {{"If-Match", "*"}});
        QCOMPARE(blind.status, 428);
        QCOMPARE(blind.code(), u"version_required"_s);
        QCOMPARE(server.get(path(ws), owner.token).json().value(u"name"_s).toString(), u"Acme"_s);
    }

    void deletingNeedsTheExactNameAndRemovesEverything()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account member = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        server.send("POST", path(ws) + u"/invitations"_s,
            QJsonObject {{u"emails"_s, QJsonArray {u"later@acme.example"_s}}, {u"roleId"_s, support}}, owner.token);
        const QString other = server.createWorkspace(owner, u"Other"_s);

        const Reply wrong = server.send("DELETE", path(ws), QJsonObject {{u"confirmName"_s, u"acme"_s}}, owner.token);
        QCOMPARE(wrong.status, 422);
        QCOMPARE(server.get(path(ws), owner.token).status, 200);
        const Reply notOwner
            = server.send("DELETE", path(ws), QJsonObject {{u"confirmName"_s, u"Acme"_s}}, member.token);
        QCOMPARE(notOwner.status, 403);
        QCOMPARE(notOwner.code(), u"owner_only"_s);

        QCOMPARE(server.send("DELETE", path(ws), QJsonObject {{u"confirmName"_s, u"Acme"_s}}, owner.token).status, 204);
        QCOMPARE(server.get(path(ws), owner.token).status, 404);
        QCOMPARE(server.get(path(ws) + u"/members"_s, owner.token).status, 404);
        QCOMPARE(server.get(path(ws), member.token).status, 404);
        QCOMPARE(server.get(u"/api/v1/workspaces"_s, member.token).items().size(), 0);
        QCOMPARE(server.get(path(other), owner.token).status, 200); // other workspaces are untouched

        // Who deleted what, and when, outlives the workspace: in the deleter's security log.
        const QJsonObject deleted = server.get(u"/api/v1/me/security-log"_s, owner.token).items().first().toObject();
        QCOMPARE(deleted.value(u"type"_s).toString(), u"account.workspace_deleted"_s);
        QCOMPARE(deleted.value(u"detail"_s).toObject().value(u"name"_s).toString(), u"Acme"_s);
        QCOMPARE(deleted.value(u"detail"_s).toObject().value(u"workspaceId"_s).toString(), ws);

        // Nothing of the workspace is left in any table.
        QSqlDatabase db = server.database().inspect(u"inspect"_s);
        QVERIFY(db.open());
        for (const QString& table :
            {u"roles"_s, u"memberships"_s, u"invitations"_s, u"audit_events"_s, u"subscriptions"_s}) {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM %1 WHERE workspace_id = '%2'"_s.arg(table, ws)));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() == 0, qPrintable(table));
        }
        QSqlQuery record(db);
        QVERIFY(record.exec(
            u"SELECT name, deleted_by, member_count FROM workspace_deletions WHERE workspace_id = '%1'"_s.arg(ws)));
        QVERIFY(record.next());
        QCOMPARE(record.value(0).toString(), u"Acme"_s);
        QCOMPARE(record.value(1).toString(), owner.id);
        QCOMPARE(record.value(2).toInt(), 2);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceRoutes)
#include "tst_workspaceroutes.moc"
