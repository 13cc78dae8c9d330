#include "support/TestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using nacre::Permission;
using nacre::PermissionCatalog;
using nacre::PermissionSet;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

namespace {

// Who is calling: an account with a role in the workspace, a signed-in stranger, nobody, or an API
// key (of this workspace, made by its Owner with some permissions; or of another workspace).
struct Actor
{
    QString label;
    Account account; // a key's secret is its token
    PermissionSet permissions;
    bool owner = false;
    bool member = true;
    bool viaKey = false;
    bool keyElsewhere = false;
};

enum class Needs { Nothing, SignedIn, Member, Permission, Owner };

// What a route needs, and how it answers when allowed and when refused.
struct RouteCase
{
    QByteArray method;
    QString path; // {ws} {victim} {nobodyRole} {ghost} {actor} {…Invite} {…Role} are filled in per call
    QJsonValue body;
    Needs needs;
    std::optional<Permission> permission;
    int allowedStatus;
    // A route that hands out a role (invite, renew): the actor must also hold what it grants, and
    // only an Owner grants Owner.
    PermissionSet grants = {};
    bool grantsOwner = false;
    std::optional<Permission> orPermission = std::nullopt; // either permission will do
    bool refusedToKeys = false; // managing keys: never with a key, whatever it may do
    // Events an allowed call adds to this workspace's audit log: one for every change (-1), none for
    // a change that changes nothing or happens elsewhere. A refused call adds none.
    int auditEvents = -1;
    // What the Owner sets first on the same path, so that the call changes something each time.
    QJsonValue resetBody = QJsonValue::Undefined;
};

} // namespace

class TestAuthorizationMatrix : public QObject
{
    Q_OBJECT

    static QList<RouteCase> routes()
    {
        const QJsonObject nothing;
        const QString w = u"/api/v1/workspaces/{ws}"_s;
        return {
            {"GET", u"/healthz"_s, {}, Needs::Nothing, {}, 200},
            {"GET", u"/api/v1/permissions"_s, {}, Needs::Nothing, {}, 200},
            {"GET", u"/api/v1/auth/status"_s, {}, Needs::Nothing, {}, 200},
            {"GET", u"/api/v1/me"_s, {}, Needs::SignedIn, {}, 200},
            {"GET", u"/api/v1/me/sessions"_s, {}, Needs::SignedIn, {}, 200},
            {"GET", u"/api/v1/me/security-log"_s, {}, Needs::SignedIn, {}, 200},
            {"GET", u"/api/v1/workspaces"_s, {}, Needs::SignedIn, {}, 200},
            {"POST", u"/api/v1/workspaces"_s, QJsonObject {{u"name"_s, u"Own {actor}"_s}}, Needs::SignedIn, {}, 201, {},
                false, {}, false, 0}, // recorded in the new workspace's log
            {"GET", w, {}, Needs::Member, {}, 200},
            {"PATCH", w, QJsonObject {{u"newsletter"_s, true}}, Needs::Permission, Permission::SettingsGeneral, 200, {},
                false, {}, false, -1, QJsonObject {{u"newsletter"_s, false}}},
            {"PATCH", w, QJsonObject {{u"publicRecordings"_s, false}}, Needs::Permission, Permission::SettingsAdvanced,
                200, {}, false, {}, false, -1, QJsonObject {{u"publicRecordings"_s, true}}},
            // An empty change needs a settings permission like any other.
            {"PATCH", w, nothing, Needs::Permission, Permission::SettingsGeneral, 200, {}, false,
                Permission::SettingsAdvanced, false, 0},
            {"DELETE", w, QJsonObject {{u"confirmName"_s, u"not the name"_s}}, Needs::Owner, {}, 422},
            {"GET", w + u"/members"_s, {}, Needs::Permission, Permission::ResourcesUsers, 200},
            {"GET", w + u"/members/{victim}"_s, {}, Needs::Permission, Permission::ResourcesUsers, 200},
            {"PATCH", w + u"/members/{victim}"_s, QJsonObject {{u"roleId"_s, u"{nobodyRole}"_s}}, Needs::Permission,
                Permission::ResourcesUsers, 200, {}, false, {}, false, -1,
                QJsonObject {{u"roleId"_s, u"{otherNobodyRole}"_s}}},
            {"DELETE", w + u"/members/{ghost}"_s, {}, Needs::Permission, Permission::ResourcesUsers, 404},
            {"GET", w + u"/invitations"_s, {}, Needs::Permission, Permission::ResourcesUsers, 200},
            {"POST", w + u"/invitations"_s,
                QJsonObject {
                    {u"emails"_s, QJsonArray {u"guest-{actor}@acme.example"_s}}, {u"roleId"_s, u"{nobodyRole}"_s}},
                Needs::Permission, Permission::ResourcesUsers, 200},
            {"POST", w + u"/invitations"_s,
                QJsonObject {
                    {u"emails"_s, QJsonArray {u"owner-{actor}@acme.example"_s}}, {u"roleId"_s, u"{ownerRole}"_s}},
                Needs::Permission, Permission::ResourcesUsers, 200, PermissionSet::all(), true},
            {"POST", w + u"/invitations/{ghost}/resend"_s, nothing, Needs::Permission, Permission::ResourcesUsers, 404},
            {"POST", w + u"/invitations/{ghost}/link"_s, nothing, Needs::Permission, Permission::ResourcesUsers, 404},
            // Renewing hands the role out again: the same grant rules as inviting with it.
            {"POST", w + u"/invitations/{ownerInvite}/resend"_s, nothing, Needs::Permission, Permission::ResourcesUsers,
                200, PermissionSet::all(), true},
            {"POST", w + u"/invitations/{ownerInvite}/link"_s, nothing, Needs::Permission, Permission::ResourcesUsers,
                200, PermissionSet::all(), true},
            {"POST", w + u"/invitations/{adminInvite}/resend"_s, nothing, Needs::Permission, Permission::ResourcesUsers,
                200, PermissionSet::all()},
            {"POST", w + u"/invitations/{adminInvite}/link"_s, nothing, Needs::Permission, Permission::ResourcesUsers,
                200, PermissionSet::all()},
            {"POST", w + u"/invitations/{analystInvite}/resend"_s, nothing, Needs::Permission,
                Permission::ResourcesUsers, 200, PermissionSet {Permission::AnalyticsView}},
            {"POST", w + u"/invitations/{analystInvite}/link"_s, nothing, Needs::Permission, Permission::ResourcesUsers,
                200, PermissionSet {Permission::AnalyticsView}},
            {"POST", w + u"/invitations/{nobodyInvite}/link"_s, nothing, Needs::Permission, Permission::ResourcesUsers,
                200},
            {"DELETE", w + u"/invitations/{ghost}"_s, {}, Needs::Permission, Permission::ResourcesUsers, 404},
            {"GET", w + u"/roles"_s, {}, Needs::Member, {}, 200},
            {"POST", w + u"/roles"_s,
                QJsonObject {{u"name"_s, u"Made by {actor}"_s}, {u"permissions"_s, QJsonArray {}}}, Needs::Permission,
                Permission::ResourcesUsers, 201},
            {"GET", w + u"/roles/{nobodyRole}"_s, {}, Needs::Member, {}, 200},
            {"PATCH", w + u"/roles/{nobodyRole}"_s, QJsonObject {{u"name"_s, u"Nobody"_s}}, Needs::Permission,
                Permission::ResourcesUsers, 200, {}, false, {}, false, -1, QJsonObject {{u"name"_s, u"Nobody Yet"_s}}},
            {"DELETE", w + u"/roles/{nobodyRole}"_s, {}, Needs::Permission, Permission::ResourcesUsers, 409},
            {"GET", w + u"/audit-log"_s, {}, Needs::Permission, Permission::AuditLogView, 200},
            {"GET", w + u"/audit-log/verify"_s, {}, Needs::Permission, Permission::AuditLogView, 200},
            {"GET", w + u"/api-keys"_s, {}, Needs::Permission, Permission::ResourcesApiKeys, 200, {}, false, {}, true},
            // A key's permissions are the creator's to give: calls.view as well as the key permission.
            {"POST", w + u"/api-keys"_s,
                QJsonObject {{u"name"_s, u"Key by {actor}"_s}, {u"permissions"_s, QJsonArray {u"calls.view"_s}}},
                Needs::Permission, Permission::ResourcesApiKeys, 201, PermissionSet {Permission::CallsView}, false, {},
                true},
            {"DELETE", w + u"/api-keys/{ghost}"_s, {}, Needs::Permission, Permission::ResourcesApiKeys, 404, {}, false,
                {}, true},
            {"GET", w + u"/sessions"_s, {}, Needs::Permission, Permission::SettingsAdvanced, 200},
            {"DELETE", w + u"/sessions/{ghost}"_s, {}, Needs::Permission, Permission::SettingsAdvanced, 404},
            {"DELETE", w + u"/members/{victim}/sessions"_s, {}, Needs::Permission, Permission::SettingsAdvanced, 200},
            // Last, since it changes who is a member: every member may leave except the only Owner.
            {"POST", w + u"/leave"_s, {}, Needs::Member, {}, 204},
        };
    }

    static int expectedStatus(const RouteCase& route, const Actor& actor)
    {
        const bool signedIn = !actor.account.token.isEmpty();
        switch (route.needs) {
        case Needs::Nothing:
            return route.allowedStatus;
        case Needs::SignedIn:
            return signedIn && !actor.viaKey ? route.allowedStatus : 401; // keys act in their workspace only
        default:
            break;
        }
        if (!signedIn || actor.keyElsewhere)
            return 401;
        if (actor.viaKey && (route.refusedToKeys || route.path.endsWith(u"/leave"_s)))
            return 403; // api_key_not_allowed
        if (!actor.member)
            return 404; // not a member: the workspace does not exist, as far as they can tell
        if (route.path.endsWith(u"/leave"_s) && actor.owner)
            return 409;
        if (route.needs == Needs::Owner)
            return actor.owner ? route.allowedStatus : 403;
        if (route.needs == Needs::Permission) {
            const bool permitted = actor.permissions.contains(*route.permission)
                || (route.orPermission && actor.permissions.contains(*route.orPermission));
            if (!permitted)
                return 403;
            if ((route.grantsOwner && !actor.owner) || !route.grants.isSubsetOf(actor.permissions))
                return 403;
        }
        return route.allowedStatus;
    }

    static qint64 auditCount(const QSqlDatabase& db, const QString& ws)
    {
        QSqlQuery query(db);
        query.prepare(u"SELECT COUNT(*) FROM audit_events WHERE workspace_id = ?"_s);
        query.addBindValue(ws);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    static std::pair<QString, QString> newestActor(const QSqlDatabase& db, const QString& ws)
    {
        QSqlQuery query(db);
        query.prepare(
            u"SELECT actor_id, actor_kind FROM audit_events WHERE workspace_id = ? ORDER BY seq DESC LIMIT 1"_s);
        query.addBindValue(ws);
        query.exec();
        return query.next() ? std::pair {query.value(0).toString(), query.value(1).toString()}
                            : std::pair<QString, QString> {};
    }

private Q_SLOTS:
    void everyRoleAgainstEveryRoute()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString nobodyRole = server.createRole(owner, ws, u"Nobody"_s, {});
        const QString otherNobodyRole = server.createRole(owner, ws, u"Nobody Either"_s, {});
        const Account victim = server.addMember(owner, ws, nobodyRole, u"victim@acme.example"_s);

        QList<Actor> actors;
        actors.append({u"Owner"_s, owner, PermissionSet::all(), true});
        actors.append({u"Admin"_s,
            server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"admin@acme.example"_s),
            PermissionSet::all()});
        for (const nacre::PermissionInfo& info : PermissionCatalog::all()) {
            const QString id = info.id;
            const QString roleId = server.createRole(owner, ws, u"Only "_s + id, {id});
            const QString email = QString(id).replace(u'.', u'-').replace(u'_', u'-') + u"@acme.example"_s;
            actors.append({id, server.addMember(owner, ws, roleId, email), PermissionSet {info.permission}});
        }
        actors.append({u"no permissions"_s, server.addMember(owner, ws, nobodyRole, u"none@acme.example"_s), {}});
        const QString elsewhere = server.createWorkspace(owner, u"Elsewhere"_s);
        actors.append({u"non-member"_s,
            server.addMember(
                owner, elsewhere, server.builtinRoleId(owner, elsewhere, u"admin"_s), u"stranger@other.example"_s),
            PermissionSet::all(), false, false});
        actors.append({u"anonymous"_s, Account {}, {}, false, false});
        // Keys the Owner made: one per permission, and one with them all (never an Owner for that).
        const auto makeKey = [&](const QString& workspace, const QStringList& permissions) {
            const Reply made = server.send("POST", u"/api/v1/workspaces/%1/api-keys"_s.arg(workspace),
                QJsonObject {{u"name"_s, u"Key "_s + permissions.join(u' ').left(60)},
                    {u"permissions"_s, QJsonArray::fromStringList(permissions)}},
                owner.token);
            return Account {made.json()[u"id"_s].toString(), {}, made.json()[u"secret"_s].toString()};
        };
        QStringList every;
        for (const nacre::PermissionInfo& info : PermissionCatalog::all()) {
            every.append(info.id);
            actors.append(
                {u"key "_s + info.id, makeKey(ws, {info.id}), PermissionSet {info.permission}, false, true, true});
        }
        actors.append({u"key with all"_s, makeKey(ws, every), PermissionSet::all(), false, true, true});
        actors.append(
            {u"key of another workspace"_s, makeKey(elsewhere, every), PermissionSet::all(), false, true, true, true});

        const QString ghost = u"00000000-0000-4000-8000-000000000000"_s;
        const QString ownerRole = server.builtinRoleId(owner, ws, u"owner"_s);
        const QString analystRole = server.createRole(owner, ws, u"Analysts"_s, {u"analytics.view"_s});
        const auto inviteWith = [&](const QString& email, const QString& roleId) {
            const Reply invited = server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, roleId}}, owner.token);
            return invited.json().value(u"results"_s).toArray().first().toObject().value(u"invitationId"_s).toString();
        };
        const QString ownerInvite = inviteWith(u"future-owner@acme.example"_s, ownerRole);
        const QString adminInvite
            = inviteWith(u"future-admin@acme.example"_s, server.builtinRoleId(owner, ws, u"admin"_s));
        const QString analystInvite = inviteWith(u"future-analyst@acme.example"_s, analystRole);
        const QString nobodyInvite = inviteWith(u"future-nobody@acme.example"_s, nobodyRole);
        QSqlDatabase db = server.database().inspect(u"matrix"_s);
        QVERIFY(db.open());
        const QList<RouteCase> cases = routes();
        QStringList surprises;
        int calls = 0;
        for (const RouteCase& route : cases) {
            for (const Actor& actor : std::as_const(actors)) {
                const QString tag = QString(actor.label).replace(u' ', u'-');
                const auto fill = [&](QString text) {
                    return text.replace(u"{ws}"_s, ws)
                        .replace(u"{victim}"_s, victim.id)
                        .replace(u"{nobodyRole}"_s, nobodyRole)
                        .replace(u"{otherNobodyRole}"_s, otherNobodyRole)
                        .replace(u"{ghost}"_s, ghost)
                        .replace(u"{ownerRole}"_s, ownerRole)
                        .replace(u"{ownerInvite}"_s, ownerInvite)
                        .replace(u"{adminInvite}"_s, adminInvite)
                        .replace(u"{analystInvite}"_s, analystInvite)
                        .replace(u"{nobodyInvite}"_s, nobodyInvite)
                        .replace(u"{actor}"_s, tag);
                };
                QJsonValue body = route.body;
                if (body.isObject()) {
                    QJsonObject object = body.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it) {
                        if (it->isString())
                            *it = fill(it->toString());
                        else if (it->isArray() && !it->toArray().isEmpty())
                            *it = QJsonArray {fill(it->toArray().first().toString())};
                    }
                    body = object;
                }
                if (route.resetBody.isObject()) {
                    QJsonObject reset = route.resetBody.toObject();
                    for (auto it = reset.begin(); it != reset.end(); ++it) {
                        if (it->isString())
                            *it = fill(it->toString());
                    }
                    server.send("PATCH", fill(route.path), reset, owner.token,
                        {{"If-Match", server.get(fill(route.path), owner.token).header("etag")}});
                }
                // A change names the version it changes: the one the owner reads just before.
                QList<QPair<QByteArray, QByteArray>> headers;
                if (route.method == "PATCH")
                    headers.append({"If-Match", server.get(fill(route.path), owner.token).header("etag")});
                const qint64 eventsBefore = auditCount(db, ws);
                const Reply reply = server.send(route.method, fill(route.path), body, actor.account.token, headers);
                ++calls;
                // Issue 14: every change writes exactly one event, as whoever made it; a refusal writes none.
                const bool changed = route.method != "GET" && reply.status >= 200 && reply.status < 300;
                const qint64 expectedEvents = changed ? (route.auditEvents < 0 ? 1 : route.auditEvents) : 0;
                const qint64 written = auditCount(db, ws) - eventsBefore;
                if (written != expectedEvents)
                    surprises.append(u"%1 %2 as %3 (%4): %5 audit events, expected %6"_s
                                         .arg(QString::fromLatin1(route.method), route.path, actor.label)
                                         .arg(reply.status)
                                         .arg(written)
                                         .arg(expectedEvents));
                if (written == 1) {
                    const auto [actorId, actorKind] = newestActor(db, ws);
                    const QString kind = actor.viaKey ? u"api_key"_s : u"member"_s;
                    if (actorId != actor.account.id || actorKind != kind)
                        surprises.append(u"%1 %2 as %3: recorded as %4 %5"_s.arg(
                            QString::fromLatin1(route.method), route.path, actor.label, actorKind, actorId));
                }
                const int expected = expectedStatus(route, actor);
                if (reply.status != expected)
                    surprises.append(u"%1 %2 as %3: expected %4, got %5"_s
                                         .arg(QString::fromLatin1(route.method), route.path, actor.label)
                                         .arg(expected)
                                         .arg(reply.describe()));
                if (reply.status >= 400)
                    QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
            }
        }
        qInfo("authorization matrix: %lld actors x %lld routes = %d calls", qlonglong(actors.size()),
            qlonglong(cases.size()), calls);
        QVERIFY2(surprises.isEmpty(), qPrintable(surprises.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "tst_authorizationmatrix.moc"
