#include "support/TestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// Issue 14: workspace API keys. The secret is shown once (nk_…), kept hashed, and bounded: its own
// workspace's routes only, its permissions narrowed by what its creator holds now, never an Owner,
// never managing keys. Revoked, expired, other-workspace and orphaned keys answer 401. What a key
// changes is audited as the key. (Every route against keys of every permission: tst_authorizationmatrix.)
class TestApiKeys : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestServer server;
        QString ws;
        Account owner;

        Fixture() { owner = server.setUp(&ws); }
        QString path(const QString& suffix = {}) const { return u"/api/v1/workspaces/%1"_s.arg(ws) + suffix; }
        Reply create(const Account& by, const QJsonObject& body)
        {
            return server.send("POST", path(u"/api-keys"_s), body, by.token);
        }
        QJsonObject key(const Account& by, const QString& name, const QStringList& permissions)
        {
            const Reply made
                = create(by, {{u"name"_s, name}, {u"permissions"_s, QJsonArray::fromStringList(permissions)}});
            [&] {
                QCOMPARE(made.status, 201);
            }();
            return made.json();
        }
    };

private Q_SLOTS:
    void theSecretIsShownOnceAndWorksInItsWorkspace()
    {
        Fixture f;
        const QString expires = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
        const Reply made = f.create(f.owner,
            {{u"name"_s, u"CRM sync"_s}, {u"permissions"_s, QJsonArray {u"resources.users"_s, u"calls.view"_s}},
                {u"expiresAt"_s, expires}});
        QCOMPARE(made.status, 201);
        const QString secret = made.json()[u"secret"_s].toString();
        QVERIFY(secret.startsWith(u"nk_"_s));
        QVERIFY(secret.size() > 40);
        QCOMPARE(made.json()[u"prefix"_s].toString(), secret.left(11));
        QCOMPARE(made.header("location"), (f.path(u"/api-keys/"_s) + made.json()[u"id"_s].toString()).toLatin1());
        QCOMPARE(made.json()[u"createdBy"_s][u"name"_s].toString(), u"Olga Owner"_s);
        QVERIFY(made.json()[u"lastUsedAt"_s].isNull());

        // Listed without the secret, ever again.
        const Reply listed = f.server.get(f.path(u"/api-keys"_s), f.owner.token);
        QCOMPARE(listed.items().size(), 1);
        QVERIFY(!listed.items().first().toObject().contains(u"secret"_s));
        QVERIFY(!listed.body.contains(secret.toUtf8()));
        QVERIFY(!listed.body.contains(secret.mid(11).toUtf8()));

        // It reads the members, and its use is noted (time and address).
        const Reply members = f.server.get(f.path(u"/members"_s), secret);
        QCOMPARE(members.status, 200);
        const QJsonObject used = f.server.get(f.path(u"/api-keys"_s), f.owner.token).items().first().toObject();
        QVERIFY(!used[u"lastUsedAt"_s].isNull());
        QCOMPARE(used[u"lastUsedAddress"_s].toString(), u"127.0.0.1"_s);

        // Nothing outside its workspace's routes.
        QCOMPARE(f.server.get(u"/api/v1/me"_s, secret).status, 401);
        QCOMPARE(f.server.get(u"/api/v1/workspaces"_s, secret).status, 401);
        QVERIFY(f.server.get(u"/api/v1/me"_s, secret).json()[u"detail"_s].toString().contains(u"API key"_s));
    }

    void revokedExpiredAndForeignKeysAreRefused()
    {
        Fixture f;
        const QJsonObject key = f.key(f.owner, u"Temporary"_s, {u"resources.users"_s});
        const QString secret = key[u"secret"_s].toString();
        QCOMPARE(f.server.get(f.path(u"/members"_s), secret).status, 200);

        // Another workspace of the same owner: the key is not valid there.
        const QString other = f.server.createWorkspace(f.owner, u"Other"_s);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/members"_s.arg(other), secret).status, 401);

        // Expired.
        const Reply shortLived = f.create(f.owner,
            {{u"name"_s, u"Short"_s}, {u"permissions"_s, QJsonArray {u"resources.users"_s}},
                {u"expiresAt"_s,
                    QDateTime::fromMSecsSinceEpoch(f.server.server().clock().nowMs() + 3600 * 1000, Qt::UTC)
                        .toString(Qt::ISODate)}});
        QCOMPARE(shortLived.status, 201);
        f.server.server().clock().advance(2 * 3600 * 1000);
        QCOMPARE(f.server.get(f.path(u"/members"_s), shortLived.json()[u"secret"_s].toString()).status, 401);
        f.owner = f.server.signIn(f.owner.email); // the owner's own session idled out meanwhile

        // Revoked; revoking again finds nothing.
        QCOMPARE(
            f.server.send("DELETE", f.path(u"/api-keys/"_s + key[u"id"_s].toString()), {}, f.owner.token).status, 204);
        QCOMPARE(f.server.get(f.path(u"/members"_s), secret).status, 401);
        QCOMPARE(
            f.server.send("DELETE", f.path(u"/api-keys/"_s + key[u"id"_s].toString()), {}, f.owner.token).status, 404);
        // Revoked keys leave the list; expired ones stay, for the admin to see and revoke.
        const QJsonArray left = f.server.get(f.path(u"/api-keys"_s), f.owner.token).items();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first()[u"name"_s].toString(), u"Short"_s);

        // A made-up key of the right shape.
        QCOMPARE(f.server.get(f.path(u"/members"_s), u"nk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s).status, 401);
    }

    void badRequestsAreNamed()
    {
        Fixture f;
        const auto fieldOf = [&](const QJsonObject& body) {
            const Reply reply = f.create(f.owner, body);
            return reply.status == 422 ? reply.json()[u"errors"_s][0][u"field"_s].toString()
                                       : QString::number(reply.status);
        };
        QCOMPARE(fieldOf({{u"name"_s, u""_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s}}}), u"name"_s);
        QCOMPARE(fieldOf({{u"name"_s, u"K"_s}, {u"permissions"_s, QJsonArray {}}}), u"permissions"_s);
        QCOMPARE(fieldOf({{u"name"_s, u"K"_s}, {u"permissions"_s, QJsonArray {u"calls.fly"_s}}}), u"permissions[0]"_s);
        QCOMPARE(fieldOf({{u"name"_s, u"K"_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s}},
                     {u"expiresAt"_s, u"2001-01-01T00:00:00Z"_s}}),
            u"expiresAt"_s);
        QCOMPARE(fieldOf({{u"name"_s, u"K"_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s}},
                     {u"expiresAt"_s, QDateTime::currentDateTimeUtc().addYears(5).toString(Qt::ISODate)}}),
            u"expiresAt"_s);
        QCOMPARE(
            fieldOf({{u"name"_s, u"K"_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s}}, {u"secret"_s, u"mine"_s}}),
            u"secret"_s);
        QCOMPARE(f.server.get(f.path(u"/api-keys"_s), f.owner.token).items().size(), 0); // nothing made
    }

    void aKeyCanDoNoMoreThanItsCreatorNow()
    {
        Fixture f;
        // An admin of user management makes a key for users and calls.
        const QString managers = f.server.createRole(f.owner, f.ws, u"Managers"_s,
            {u"resources.users"_s, u"resources.api_keys"_s, u"calls.view"_s, u"settings.general"_s});
        const Account maya = f.server.addMember(f.owner, f.ws, managers, u"maya@acme.example"_s);
        // Only what Maya holds: not analytics.
        QCOMPARE(
            f.create(maya, {{u"name"_s, u"Too much"_s}, {u"permissions"_s, QJsonArray {u"analytics.view"_s}}}).code(),
            u"escalation"_s);
        const QString secret
            = f.key(maya, u"Users"_s, {u"resources.users"_s, u"settings.general"_s})[u"secret"_s].toString();
        QCOMPARE(f.server.get(f.path(u"/members"_s), secret).status, 200);

        // Never an Owner: cannot make someone Owner, cannot change the Owner's role, cannot delete the workspace.
        const QString ownerRole = f.server.builtinRoleId(f.owner, f.ws, u"owner"_s);
        const Reply invite = f.server.send("POST", f.path(u"/invitations"_s),
            QJsonObject {{u"emails"_s, QJsonArray {u"boss@acme.example"_s}}, {u"roleId"_s, ownerRole}}, secret);
        QCOMPARE(invite.code(), u"owner_only"_s);
        const Reply demote
            = f.server.send("PATCH", f.path(u"/members/"_s + f.owner.id), QJsonObject {{u"roleId"_s, managers}}, secret,
                {{"If-Match", f.server.get(f.path(u"/members/"_s + f.owner.id), f.owner.token).header("etag")}});
        QCOMPARE(demote.status, 403);
        QCOMPARE(f.server.send("DELETE", f.path(), QJsonObject {{u"confirmName"_s, u"Acme"_s}}, secret).status, 403);
        // Nor manage keys, nor leave for Maya.
        QCOMPARE(f.server.get(f.path(u"/api-keys"_s), secret).code(), u"api_key_not_allowed"_s);
        QCOMPARE(f.server.send("POST", f.path(u"/leave"_s), {}, secret).code(), u"api_key_not_allowed"_s);
        QCOMPARE(f.server.memberRoleName(f.owner, f.ws, maya.id), u"Managers"_s);

        // Maya loses settings.general: her key loses it at once; resources.users stays.
        const QString reduced
            = f.server.createRole(f.owner, f.ws, u"Reduced"_s, {u"resources.users"_s, u"resources.api_keys"_s});
        QCOMPARE(
            f.server
                .send("PATCH", f.path(u"/members/"_s + maya.id), QJsonObject {{u"roleId"_s, reduced}}, f.owner.token,
                    {{"If-Match", f.server.get(f.path(u"/members/"_s + maya.id), f.owner.token).header("etag")}})
                .status,
            200);
        const Reply settings = f.server.send("PATCH", f.path(), QJsonObject {{u"newsletter"_s, true}}, secret,
            {{"If-Match", f.server.get(f.path(), f.owner.token).header("etag")}});
        QCOMPARE(settings.code(), u"missing_permission"_s);
        QCOMPARE(f.server.get(f.path(u"/members"_s), secret).status, 200);

        // Maya leaves: her keys stop working.
        QCOMPARE(f.server.send("POST", f.path(u"/leave"_s), {}, maya.token).status, 204);
        const Reply orphaned = f.server.get(f.path(u"/members"_s), secret);
        QCOMPARE(orphaned.status, 401);
        QVERIFY(orphaned.json()[u"detail"_s].toString().contains(u"left the workspace"_s));
    }

    void whatAKeyChangesIsAuditedAsTheKey()
    {
        Fixture f;
        const QJsonObject key = f.key(f.owner, u"Provisioning"_s, {u"resources.users"_s});
        const QString secret = key[u"secret"_s].toString();
        const QString nobody = f.server.createRole(f.owner, f.ws, u"Nobody"_s, {});
        QCOMPARE(f.server
                     .send("POST", f.path(u"/roles"_s),
                         QJsonObject {{u"name"_s, u"Made by a key"_s}, {u"permissions"_s, QJsonArray {}}}, secret)
                     .status,
            201);
        Q_UNUSED(nobody);
        const Reply log = f.server.get(f.path(u"/audit-log?type=role.created,api_key.created"_s), f.owner.token);
        const QJsonObject byKey = log.items().at(0).toObject();
        QCOMPARE(byKey[u"actorKind"_s].toString(), u"api_key"_s);
        QCOMPARE(byKey[u"actor"_s][u"id"_s].toString(), key[u"id"_s].toString());
        QCOMPARE(byKey[u"actor"_s][u"name"_s].toString(), u"Provisioning"_s);
        QVERIFY(byKey[u"actorEmail"_s].isNull());
        const QJsonObject created = log.items().at(2).toObject();
        QCOMPARE(created[u"type"_s].toString(), u"api_key.created"_s);
        QCOMPARE(created[u"actorKind"_s].toString(), u"member"_s);
        QCOMPARE(created[u"after"_s][u"name"_s].toString(), u"Provisioning"_s);
        // Reading is not a change: nothing is written for it.
        const qint64 before = f.server.get(f.path(u"/audit-log"_s), f.owner.token).json()[u"total"_s].toInteger();
        f.server.get(f.path(u"/members"_s), secret);
        QCOMPARE(f.server.get(f.path(u"/audit-log"_s), f.owner.token).json()[u"total"_s].toInteger(), before);
        // The secret is in no event.
        QVERIFY(!f.server.get(f.path(u"/audit-log?limit=200"_s), f.owner.token).body.contains(secret.toUtf8()));
        f.server.send("DELETE", f.path(u"/api-keys/"_s + key[u"id"_s].toString()), {}, f.owner.token);
        QCOMPARE(f.server.get(f.path(u"/audit-log?type=api_key.revoked"_s), f.owner.token).items().size(), 1);
    }

    void keysGoWithTheirWorkspace()
    {
        Fixture f;
        const QString other = f.server.createWorkspace(f.owner, u"Short-lived"_s);
        const Reply made = f.server.send("POST", u"/api/v1/workspaces/%1/api-keys"_s.arg(other),
            QJsonObject {{u"name"_s, u"Doomed"_s}, {u"permissions"_s, QJsonArray {u"resources.users"_s}}},
            f.owner.token);
        const QString secret = made.json()[u"secret"_s].toString();
        QCOMPARE(f.server
                     .send("DELETE", u"/api/v1/workspaces/%1"_s.arg(other),
                         QJsonObject {{u"confirmName"_s, u"Short-lived"_s}}, f.owner.token)
                     .status,
            204);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/members"_s.arg(other), secret).status, 401);
        QSqlDatabase db = f.server.database().inspect(u"keys"_s);
        QVERIFY(db.open());
        QSqlQuery left(db);
        QVERIFY(left.exec(u"SELECT COUNT(*) FROM api_keys"_s));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
