#include "support/TestServer.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

class TestInvitationRoutes : public QObject
{
    Q_OBJECT

    static QString invitations(const QString& ws) { return u"/api/v1/workspaces/%1/invitations"_s.arg(ws); }

    static QHash<QString, QString> outcomes(const Reply& reply)
    {
        QHash<QString, QString> result;
        for (const QJsonValue& value : reply.json().value(u"results"_s).toArray())
            result.insert(
                value.toObject().value(u"input"_s).toString(), value.toObject().value(u"outcome"_s).toString());
        return result;
    }

private Q_SLOTS:
    void everyEmailGetsItsOwnAnswer()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        server.addMember(owner, ws, support, u"member@acme.example"_s);
        server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"pending@acme.example"_s}}, {u"roleId"_s, support}}, owner.token);

        const Reply reply = server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s,
                             QJsonArray {u"New@Acme.example"_s, u"member@acme.example"_s, u"pending@acme.example"_s,
                                 u"not-an-email"_s, u"new@acme.example"_s}},
                {u"roleId"_s, support}},
            owner.token);
        QCOMPARE(reply.status, 200);
        const auto results = outcomes(reply);
        QCOMPARE(results.value(u"New@Acme.example"_s), u"invited"_s);
        QCOMPARE(results.value(u"member@acme.example"_s), u"already_member"_s);
        QCOMPARE(results.value(u"pending@acme.example"_s), u"already_invited"_s);
        QCOMPARE(results.value(u"not-an-email"_s), u"invalid"_s);
        QCOMPARE(results.value(u"new@acme.example"_s), u"already_invited"_s); // the same address twice
        const QJsonObject invalid = reply.json().value(u"results"_s).toArray().at(3).toObject();
        QVERIFY(!invalid.value(u"reason"_s).toString().isEmpty());

        const Reply pending = server.get(invitations(ws), owner.token);
        QCOMPARE(pending.items().size(), 2);
        const QJsonObject newest = pending.items().first().toObject();
        QCOMPARE(newest.value(u"email"_s).toString(), u"new@acme.example"_s);
        QCOMPARE(newest.value(u"invitedBy"_s).toObject().value(u"name"_s).toString(), u"Olga Owner"_s);
        QCOMPARE(newest.value(u"role"_s).toObject().value(u"name"_s).toString(), u"Support"_s);
        QVERIFY(!pending.body.contains("nki_")); // tokens never leave the server except by mail
        // One mail per invitation, to the right person, with the code.
        QVERIFY(!server.invitationTokenFromOutbox(u"new@acme.example"_s).isEmpty());
        QCOMPARE(QDir(server.outboxPath()).entryList({u"*.eml"_s}).size(), 3);
    }

    void aDryRunAnswersWithoutInviting()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const Reply reply = server.send("POST", invitations(ws) + u"?dryRun=true"_s,
            QJsonObject {{u"emails"_s, QJsonArray {u"new@acme.example"_s, owner.email, u"x@"_s, u"NEW@acme.example"_s}},
                {u"roleId"_s, admin}},
            owner.token);
        QCOMPARE(reply.status, 200);
        const auto results = outcomes(reply);
        QCOMPARE(results.value(u"new@acme.example"_s), u"invited"_s);
        QCOMPARE(results.value(owner.email), u"already_member"_s);
        QCOMPARE(results.value(u"x@"_s), u"invalid"_s);
        QCOMPARE(results.value(u"NEW@acme.example"_s), u"already_invited"_s); // the same address twice
        QCOMPARE(server.get(invitations(ws), owner.token).items().size(), 0);
        QVERIFY(!QDir(server.outboxPath()).exists() || QDir(server.outboxPath()).isEmpty());
        QVERIFY(!server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(ws), owner.token).body.contains("invitation."));
    }

    void acceptingCreatesTheMemberWithTheInvitedRole()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"sam@acme.example"_s}}, {u"roleId"_s, support}}, owner.token);
        const QString token = server.invitationTokenFromOutbox(u"sam@acme.example"_s);

        const Reply preview = server.get(u"/api/v1/invitations/"_s + token);
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json().value(u"workspaceName"_s).toString(), u"Acme"_s);
        QCOMPARE(preview.json().value(u"role"_s).toString(), u"Support"_s);
        QCOMPARE(preview.json().value(u"invitedBy"_s).toString(), u"Olga Owner"_s);
        QVERIFY(!preview.json().contains(u"workspaceId"_s));

        const Reply weak = server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token),
            QJsonObject {{u"displayName"_s, u"Sam"_s}, {u"password"_s, u"short"_s}});
        QCOMPARE(weak.status, 422);
        const Reply accepted = server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token),
            QJsonObject {{u"displayName"_s, u"Sam Support"_s}, {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(accepted.status, 201);
        const QString samToken = accepted.json().value(u"token"_s).toString();
        const Reply workspaces = server.get(u"/api/v1/workspaces"_s, samToken);
        QCOMPARE(workspaces.items().first().toObject().value(u"myRole"_s).toObject().value(u"name"_s).toString(),
            u"Support"_s);

        // Single use.
        const Reply again = server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token),
            QJsonObject {{u"displayName"_s, u"Eve"_s}, {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(again.status, 410);
        QCOMPARE(server.get(invitations(ws), owner.token).items().size(), 0);
        QCOMPARE(server.get(u"/api/v1/invitations/nki_unknown"_s).status, 404);
    }

    void existingAccountsAcceptWhileSignedIn()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString other = server.createWorkspace(owner, u"Other"_s);
        const QString admin = server.builtinRoleId(owner, other, u"admin"_s);
        const Account ann
            = server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"ann@acme.example"_s);
        const Account bob
            = server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"bob@acme.example"_s);
        server.send("POST", invitations(other),
            QJsonObject {{u"emails"_s, QJsonArray {u"ann@acme.example"_s}}, {u"roleId"_s, admin}}, owner.token);
        const QString token = server.invitationTokenFromOutbox(u"ann@acme.example"_s);

        const Reply anonymous = server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token),
            QJsonObject {{u"displayName"_s, u"Ann"_s}, {u"password"_s, u"correct horse battery"_s}});
        QCOMPARE(anonymous.code(), u"account_exists"_s);
        QCOMPARE(server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token), {}, bob.token).code(),
            u"wrong_account"_s);
        QCOMPARE(server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token), {}, ann.token).status, 200);
        QCOMPARE(server.get(u"/api/v1/workspaces"_s, ann.token).items().size(), 2);
    }

    void invitationsExpireAfterSevenDays()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"late@acme.example"_s}}, {u"roleId"_s, admin}}, owner.token);
        const QString token = server.invitationTokenFromOutbox(u"late@acme.example"_s);
        server.server().clock().advance(7LL * 24 * 3600 * 1000 - 60 * 1000);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + token).status, 200);
        server.server().clock().advance(2 * 60 * 1000);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + token).status, 410);
        // Listed as expired (the app greys it out). A week idle also ended the owner's session.
        QCOMPARE(server.get(invitations(ws), owner.token).status, 401);
        const Reply list = server.get(invitations(ws), server.signIn(owner.email).token);
        QCOMPARE(list.items().first().toObject().value(u"status"_s).toString(), u"expired"_s);
    }

    void resendReplacesTheTokenAndRevokeEndsIt()
    {
        TestServer server;
        QString ws;
        Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const Reply invited = server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"kim@acme.example"_s}}, {u"roleId"_s, admin}}, owner.token);
        const QString id
            = invited.json().value(u"results"_s).toArray().first().toObject().value(u"invitationId"_s).toString();
        const QString oldToken = server.invitationTokenFromOutbox(u"kim@acme.example"_s);
        server.server().clock().advance(8LL * 24 * 3600 * 1000); // expired
        owner = server.signIn(owner.email);
        const Reply resent = server.send("POST", invitations(ws) + u'/' + id + u"/resend"_s, {}, owner.token);
        QCOMPARE(resent.status, 200);
        QCOMPARE(resent.json().value(u"status"_s).toString(), u"pending"_s);
        const QString newToken = server.invitationTokenFromOutbox(u"kim@acme.example"_s);
        QVERIFY(newToken != oldToken);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + oldToken).status, 404);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + newToken).status, 200);

        QCOMPARE(server.send("DELETE", invitations(ws) + u'/' + id, {}, owner.token).status, 204);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + newToken).status, 410);
        QCOMPARE(server.send("DELETE", invitations(ws) + u'/' + id, {}, owner.token).status, 404);
        const Reply log = server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(ws), owner.token);
        QVERIFY(log.body.contains("invitation.revoked"));
        QVERIFY(log.body.contains("invitation.resent"));
        QVERIFY(!log.body.contains("nki_"));
    }

    void aCopiedLinkReplacesTheMailedOneWithoutMailing()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const Reply invited = server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"lee@acme.example"_s}}, {u"roleId"_s, admin}}, owner.token);
        const QString id
            = invited.json().value(u"results"_s).toArray().first().toObject().value(u"invitationId"_s).toString();
        const QString mailed = server.invitationTokenFromOutbox(u"lee@acme.example"_s);

        const Reply link = server.send("POST", invitations(ws) + u'/' + id + u"/link"_s, {}, owner.token);
        QCOMPARE(link.status, 200);
        const QString code = link.json().value(u"code"_s).toString();
        QVERIFY(code.startsWith(u"nki_"_s));
        QVERIFY(link.json().value(u"link"_s).toString().endsWith(u"/invite/"_s + code));
        QCOMPARE(link.json().value(u"email"_s).toString(), u"lee@acme.example"_s);
        QCOMPARE(server.invitationTokenFromOutbox(u"lee@acme.example"_s), mailed); // nothing new was mailed
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + mailed).status, 404);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + code).status, 200);
        const Reply log = server.get(u"/api/v1/workspaces/%1/audit-log"_s.arg(ws), owner.token);
        QVERIFY(log.body.contains("invitation.link_created"));
        QVERIFY(!log.body.contains(code.toUtf8()));
    }

    static QString invitationIdOf(const Reply& invited)
    {
        return invited.json().value(u"results"_s).toArray().first().toObject().value(u"invitationId"_s).toString();
    }

    // Defect 1: an Admin (or a role with only the Users permission) renewed a pending Owner
    // invitation through /link, accepted the fresh code for a new account and was an Owner.
    void renewingFollowsTheSameGrantRulesAsInviting()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const Account admin
            = server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"admin@acme.example"_s);
        const QString usersOnly = server.createRole(owner, ws, u"Users only"_s, {u"resources.users"_s});
        const Account manager = server.addMember(owner, ws, usersOnly, u"manager@acme.example"_s);
        const QString ownerInvitation = invitationIdOf(server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"boss@acme.example"_s}},
                {u"roleId"_s, server.builtinRoleId(owner, ws, u"owner"_s)}},
            owner.token));
        const QString mailed = server.invitationTokenFromOutbox(u"boss@acme.example"_s);

        for (const Account& actor : {admin, manager}) {
            for (const QString& renewal : {u"/link"_s, u"/resend"_s}) {
                const Reply refused
                    = server.send("POST", invitations(ws) + u'/' + ownerInvitation + renewal, {}, actor.token);
                QCOMPARE(refused.status, 403);
                QCOMPARE(refused.code(), u"owner_only"_s);
                QVERIFY(!refused.body.contains("nki_"));
            }
        }
        // Nothing was renewed: the mailed code still works and no new mail went out.
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + mailed).status, 200);
        QCOMPARE(server.invitationTokenFromOutbox(u"boss@acme.example"_s), mailed);

        // An Admin invitation: the Admin may renew it, the Users-only manager may not (escalation).
        const QString adminInvitation = invitationIdOf(server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"second@acme.example"_s}},
                {u"roleId"_s, server.builtinRoleId(owner, ws, u"admin"_s)}},
            owner.token));
        QCOMPARE(
            server.send("POST", invitations(ws) + u'/' + adminInvitation + u"/link"_s, {}, admin.token).status, 200);
        const Reply escalation
            = server.send("POST", invitations(ws) + u'/' + adminInvitation + u"/link"_s, {}, manager.token);
        QCOMPARE(escalation.status, 403);
        QCOMPARE(escalation.code(), u"escalation"_s);
    }

    // Accepting grants the role now: whoever vouched for it must still be allowed to give it.
    void acceptingNeedsAnInviterWhoMayStillGiveTheRole()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString adminRole = server.builtinRoleId(owner, ws, u"admin"_s);
        const Account admin = server.addMember(owner, ws, adminRole, u"admin@acme.example"_s);
        server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"friend@acme.example"_s}}, {u"roleId"_s, adminRole}}, admin.token);
        const QString code = server.invitationTokenFromOutbox(u"friend@acme.example"_s);
        const QString nobody = server.createRole(owner, ws, u"Nobody"_s, {});
        const Reply current = server.get(u"/api/v1/workspaces/%1/members/%2"_s.arg(ws, admin.id), owner.token);
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/workspaces/%1/members/%2"_s.arg(ws, admin.id),
                         QJsonObject {{u"roleId"_s, nobody}}, owner.token, {{"If-Match", current.header("etag")}})
                     .status,
            200);

        const Reply refused = server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(code),
            QJsonObject {{u"displayName"_s, u"Friend"_s}, {u"password"_s, QString::fromLatin1(TestServer::Password)}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), u"inviter_cannot_grant"_s);
        // Nothing happened: no account, no member, the code still previews.
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + code).json().value(u"accountExists"_s).toBool(), false);
    }

    // Defect 4: resending an expired invitation after the same address was invited again hit the
    // one-open-invitation-per-address constraint and answered 500.
    void renewingAnInvitationSupersededByANewerOneIsAConflict()
    {
        TestServer server;
        QString ws;
        Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const QJsonObject kim {{u"emails"_s, QJsonArray {u"kim@acme.example"_s}}, {u"roleId"_s, admin}};
        const QString old = invitationIdOf(server.send("POST", invitations(ws), kim, owner.token));
        server.server().clock().advance(8LL * 24 * 3600 * 1000); // expired
        owner = server.signIn(owner.email);
        const Reply again = server.send("POST", invitations(ws), kim, owner.token);
        QCOMPARE(outcomes(again).value(u"kim@acme.example"_s), u"invited"_s);
        const QString newer = invitationIdOf(again);
        for (const QString& renewal : {u"/resend"_s, u"/link"_s}) {
            const Reply conflict = server.send("POST", invitations(ws) + u'/' + old + renewal, {}, owner.token);
            QCOMPARE(conflict.status, 409);
            QCOMPARE(conflict.code(), u"invitation_superseded"_s);
            QCOMPARE(conflict.json().value(u"invitationId"_s).toString(), newer);
        }
        QCOMPARE(server.send("POST", invitations(ws) + u'/' + newer + u"/resend"_s, {}, owner.token).status, 200);
    }

    // The dry run is a read: it expires nothing and writes nothing, yet answers like the real run.
    void aDryRunOfAnExpiredAddressAnswersInvitedAndChangesNothing()
    {
        TestServer server;
        QString ws;
        Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const QJsonObject kim {{u"emails"_s, QJsonArray {u"kim@acme.example"_s}}, {u"roleId"_s, admin}};
        server.send("POST", invitations(ws), kim, owner.token);
        server.server().clock().advance(8LL * 24 * 3600 * 1000);
        owner = server.signIn(owner.email);
        const Reply dry = server.send("POST", invitations(ws) + u"?dryRun=true"_s, kim, owner.token);
        QCOMPARE(outcomes(dry).value(u"kim@acme.example"_s), u"invited"_s);
        QCOMPARE(server.get(invitations(ws), owner.token).items().size(), 1);
    }

    void tooManyAddressesAreRefusedWhole()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        QJsonArray emails;
        for (int i = 0; i < 10000; ++i)
            emails.append(u"person%1@acme.example"_s.arg(i));
        const Reply reply = server.send("POST", invitations(ws),
            QJsonObject {{u"emails"_s, emails}, {u"roleId"_s, server.builtinRoleId(owner, ws, u"admin"_s)}},
            owner.token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(server.get(invitations(ws), owner.token).items().size(), 0);
        QVERIFY(!QDir(server.outboxPath()).exists() || QDir(server.outboxPath()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInvitationRoutes)
#include "tst_invitationroutes.moc"
