#include "support/TestServer.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

class TestMemberRoutes : public QObject
{
    Q_OBJECT

    static QString members(const QString& ws) { return u"/api/v1/workspaces/%1/members"_s.arg(ws); }

    static QStringList emails(const Reply& reply)
    {
        QStringList result;
        for (const QJsonValue& member : reply.items())
            result.append(member.toObject().value(u"email"_s).toString());
        return result;
    }

    static Reply changeRole(
        TestServer& server, const Account& actor, const QString& ws, const QString& userId, const QString& roleId)
    {
        const Reply current = server.get(members(ws) + u'/' + userId, actor.token);
        return server.send("PATCH", members(ws) + u'/' + userId, QJsonObject {{u"roleId"_s, roleId}}, actor.token,
            {{"If-Match", current.header("etag")}});
    }

private Q_SLOTS:
    void listsSearchesFiltersSortsAndPages()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        server.addMember(owner, ws, support, u"bea@acme.example"_s);
        server.addMember(owner, ws, support, u"cid@acme.example"_s);
        server.addMember(owner, ws, server.builtinRoleId(owner, ws, u"admin"_s), u"ada@other.example"_s);

        const Reply all = server.get(members(ws), owner.token);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(u"total"_s).toInt(), 4);
        // By name (display names are the local parts here, the owner is "Olga Owner").
        QCOMPARE(emails(all),
            (QStringList {
                u"ada@other.example"_s, u"bea@acme.example"_s, u"cid@acme.example"_s, u"owner@acme.example"_s}));
        const QJsonObject first = all.items().first().toObject();
        QCOMPARE(first.value(u"role"_s).toObject().value(u"name"_s).toString(), u"Admin"_s);
        QVERIFY(first.contains(u"joinedAt"_s));
        QVERIFY(first.contains(u"twoFactorEnabled"_s));

        QCOMPARE(emails(server.get(members(ws) + u"?q=ACME"_s, owner.token)),
            (QStringList {u"bea@acme.example"_s, u"cid@acme.example"_s, u"owner@acme.example"_s}));
        QCOMPARE(emails(server.get(members(ws) + u"?q=100%25"_s, owner.token)), QStringList {}); // % is literal
        QCOMPARE(emails(server.get(members(ws) + u"?role="_s + support, owner.token)),
            (QStringList {u"bea@acme.example"_s, u"cid@acme.example"_s}));
        QCOMPARE(emails(server.get(members(ws) + u"?sort=-email"_s, owner.token)).first(), u"owner@acme.example"_s);
        QCOMPARE(server.get(members(ws) + u"?sort=shoeSize"_s, owner.token).status, 422);
        QCOMPARE(server.get(members(ws) + u"?limit=0"_s, owner.token).status, 422);
        QCOMPARE(server.get(members(ws) + u"?limit=201"_s, owner.token).status, 422);
        QCOMPARE(server.get(members(ws) + u"?cursor=garbage"_s, owner.token).status, 422);

        QStringList paged;
        QString cursor;
        QString cursorAfterFirst;
        int pages = 0;
        do {
            const Reply page = server.get(members(ws) + u"?limit=3&sort=email&cursor="_s + cursor, owner.token);
            QCOMPARE(page.status, 200);
            paged += emails(page);
            cursor = page.json().value(u"nextCursor"_s).toString();
            if (pages == 0)
                cursorAfterFirst = cursor;
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 2);
        QCOMPARE(paged,
            (QStringList {
                u"ada@other.example"_s, u"bea@acme.example"_s, u"cid@acme.example"_s, u"owner@acme.example"_s}));

        // Issue 10, item 8: a table that jumps to its end loads the page there, not every one before.
        const Reply last = server.get(members(ws) + u"?limit=2&sort=email&offset=3"_s, owner.token);
        QCOMPARE(last.status, 200);
        QCOMPARE(emails(last), QStringList {u"owner@acme.example"_s});
        QVERIFY(!last.json().contains(u"total"_s)); // counted on the first page only
        QCOMPARE(emails(server.get(members(ws) + u"?limit=2&sort=-email&offset=1"_s, owner.token)),
            (QStringList {u"cid@acme.example"_s, u"bea@acme.example"_s}));
        QCOMPARE(emails(server.get(members(ws) + u"?offset=4"_s, owner.token)), QStringList {});
        QCOMPARE(server.get(members(ws) + u"?offset=0"_s, owner.token).json().value(u"total"_s).toInt(), 4);
        QCOMPARE(server.get(members(ws) + u"?offset=-1"_s, owner.token).status, 422);
        QCOMPARE(server.get(members(ws) + u"?offset=ten"_s, owner.token).status, 422);
        const Reply both = server.get(members(ws) + u"?offset=2&cursor="_s + cursorAfterFirst, owner.token);
        QCOMPARE(both.status, 422);
        QCOMPARE(both.json().value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"offset"_s);
    }

    // Issue 10, item 13: before requiring two-factor sign-in, an admin lists who has it and who not.
    void membersFilterByTwoFactor()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account bea = server.addMember(owner, ws, support, u"bea@acme.example"_s);
        server.addMember(owner, ws, support, u"cid@acme.example"_s);
        server.enableTwoFactor(bea);
        const Reply on = server.get(members(ws) + u"?twoFactor=on"_s, owner.token);
        QCOMPARE(emails(on), QStringList {u"bea@acme.example"_s});
        QCOMPARE(on.json().value(u"total"_s).toInt(), 1);
        const Reply off = server.get(members(ws) + u"?twoFactor=off&sort=email"_s, owner.token);
        QCOMPARE(emails(off), (QStringList {u"cid@acme.example"_s, u"owner@acme.example"_s}));
        QCOMPARE(off.json().value(u"total"_s).toInt(), 2);
        QCOMPARE(server.get(members(ws) + u"?twoFactor=maybe"_s, owner.token).status, 422);
    }

    // Issue 10, item 13: one member's details: who invited them, when, and their open sessions.
    void oneMemberCarriesHowTheyCameInAndTheirSessions()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account bea = server.addMember(owner, ws, support, u"bea@acme.example"_s);
        const Account beaElsewhere = server.signIn(bea.email); // a second device

        const Reply reply = server.get(members(ws) + u'/' + bea.id, owner.token);
        QCOMPARE(reply.status, 200);
        const QJsonObject details = reply.json().value(u"details"_s).toObject();
        const QJsonObject invitation = details.value(u"invitation"_s).toObject();
        QCOMPARE(invitation.value(u"invitedBy"_s).toObject().value(u"name"_s).toString(), u"Olga Owner"_s);
        QCOMPARE(invitation.value(u"invitedBy"_s).toObject().value(u"id"_s).toString(), owner.id);
        QVERIFY(QDateTime::fromString(invitation.value(u"invitedAt"_s).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(invitation.value(u"acceptedAt"_s).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(details.value(u"activeSessions"_s).toInt(), 2);

        // The founder came in without an invitation; a signed-out session no longer counts.
        const QJsonObject own = server.get(members(ws) + u'/' + owner.id, owner.token).json();
        QVERIFY(own.value(u"details"_s).toObject().value(u"invitation"_s).isNull());
        QCOMPARE(own.value(u"details"_s).toObject().value(u"activeSessions"_s).toInt(), 1);
        QCOMPARE(server.send("POST", u"/api/v1/auth/logout"_s, QJsonValue::Undefined, bea.token).status, 204);
        QCOMPARE(server.get(members(ws) + u'/' + bea.id, owner.token)
                     .json()
                     .value(u"details"_s)
                     .toObject()
                     .value(u"activeSessions"_s)
                     .toInt(),
            1);

        // Details belong to one member at a time: a page of the list does not carry them.
        QVERIFY(!server.get(members(ws), owner.token).items().first().toObject().contains(u"details"_s));
        // And someone without resources.users reads only their own.
        QCOMPARE(server.get(members(ws) + u'/' + owner.id, beaElsewhere.token).status, 403);
    }

    void aRenameMovesTheMemberInNameOrder()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.seedMembers(ws, server.builtinRoleId(owner, ws, u"admin"_s), 3);
        QCOMPARE(emails(server.get(members(ws) + u"?sort=name"_s, owner.token)).last(), owner.email); // "Olga Owner"
        const QByteArray etag = server.get(u"/api/v1/me"_s, owner.token).header("etag");
        QCOMPARE(server
                     .send("PATCH", u"/api/v1/me"_s, QJsonObject {{u"displayName"_s, u"Aaron Owner"_s}}, owner.token,
                         {{"If-Match", etag}})
                     .status,
            200);
        QCOMPARE(emails(server.get(members(ws) + u"?sort=name"_s, owner.token)).first(), owner.email);
        QCOMPARE(emails(server.get(members(ws) + u"?q=aaron"_s, owner.token)), QStringList {owner.email});
    }

    // Search finds any part of a name or an address (through the trigram index from three characters
    // on, by scanning below that) and follows every change to who is in the workspace and what they
    // are called.
    void searchFindsAnyPartOfANameOrAddressAndFollowsChanges()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        server.seedMembers(ws, admin, 30);
        const auto search = [&](const QString& workspace, const QString& text) {
            const Reply reply = server.get(
                members(workspace) + u"?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(text)), owner.token);
            if (reply.status != 200)
                qFatal("search for %s answered %d", qPrintable(text), reply.status);
            return emails(reply);
        };
        QCOMPARE(search(ws, u"ber 0001"_s).size(), 10); // "Member 00010" … "Member 00019"
        QCOMPARE(search(ws, u"MEMBER00023@SEED"_s), QStringList {u"member00023@seed.example"_s});
        QCOMPARE(server.get(members(ws) + u"?q=ber%200001"_s, owner.token).json().value(u"total"_s).toInt(), 10);
        QCOMPARE(search(ws, u"3"_s).size(), 4); // one character: 00003, 00013, 00023, 00030 (not the owner)
        QCOMPARE(search(ws, u"o\"r"_s), QStringList {}); // a quote is text, not FTS syntax
        QCOMPARE(search(ws, u"\" OR \""_s), QStringList {});
        QCOMPARE(search(ws, u"nobody at all"_s), QStringList {});

        // A second workspace with one of the same people: each search stays in its workspace.
        const QString other = server.createWorkspace(owner, u"Other"_s);
        const Account bea = server.addMember(
            owner, other, server.builtinRoleId(owner, other, u"member"_s), u"bea.searchable@acme.example"_s);
        QCOMPARE(search(ws, u"searchable"_s), QStringList {});
        QCOMPARE(search(other, u"searchable"_s), QStringList {bea.email});
        server.addMember(owner, ws, admin, bea.email);
        QCOMPARE(search(ws, u"searchable"_s), QStringList {bea.email});

        // Leaving one workspace leaves the other's index alone.
        QCOMPARE(server.send("POST", u"/api/v1/workspaces/%1/leave"_s.arg(other), {}, bea.token).status, 204);
        QCOMPARE(search(other, u"searchable"_s), QStringList {});
        QCOMPARE(search(ws, u"searchable"_s), QStringList {bea.email});

        // A new address and a new name are found, the old ones no longer.
        const QByteArray etag = server.get(u"/api/v1/me"_s, bea.token).header("etag");
        const Reply changed = server.send("PATCH", u"/api/v1/me"_s,
            QJsonObject {{u"email"_s, u"beatrix@acme.example"_s}, {u"displayName"_s, u"Beatrix Quill"_s},
                {u"currentPassword"_s, QString::fromLatin1(TestServer::Password)}},
            bea.token, {{"If-Match", etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(search(ws, u"searchable"_s), QStringList {});
        QCOMPARE(search(ws, u"beatrix@"_s), QStringList {u"beatrix@acme.example"_s});
        QCOMPARE(search(ws, u"x quil"_s), QStringList {u"beatrix@acme.example"_s});

        // A removed member is not found, and the total (kept, not counted) follows every change.
        const auto total = [&] {
            return server.get(members(ws), owner.token).json().value(u"total"_s).toInt();
        };
        QCOMPARE(total(), 32); // 30 seeded, the owner, Beatrix
        const QString seeded = server.get(members(ws) + u"?q=member00007"_s, owner.token)
                                   .items()
                                   .first()
                                   .toObject()
                                   .value(u"userId"_s)
                                   .toString();
        QCOMPARE(server.send("DELETE", members(ws) + u'/' + seeded, {}, owner.token).status, 204);
        QCOMPARE(search(ws, u"member00007"_s), QStringList {});
        QCOMPARE(search(ws, u"ber 0000"_s).size(), 8); // 00001 … 00009 less 00007
        QCOMPARE(total(), 31);
        QCOMPARE(server.get(members(other), owner.token).json().value(u"total"_s).toInt(), 1); // Beatrix left
    }

    // A text that names most of the workspace takes the other plan (walking the name order rather
    // than sorting the hits): the pages are the same, in the same order, each member once.
    void aBroadSearchPagesLikeANarrowOne()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.seedMembers(ws, server.builtinRoleId(owner, ws, u"member"_s), 2100);
        const auto allPages = [&](const QString& text, qint64* total) {
            QStringList found;
            QString cursor;
            do {
                const Reply page = server.get(
                    members(ws) + u"?limit=200&q="_s + text + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                    owner.token);
                if (page.status != 200)
                    qFatal("a search page answered %d", page.status);
                if (cursor.isEmpty())
                    *total = page.json().value(u"total"_s).toInteger();
                found += emails(page);
                cursor = page.json().value(u"nextCursor"_s).toString();
            } while (!cursor.isEmpty());
            return found;
        };
        qint64 total = 0;
        const QStringList broad = allPages(u"member%200"_s, &total); // "member 0…": all 2,100
        QCOMPARE(total, 2100);
        QCOMPARE(broad.size(), 2100);
        QCOMPARE(QSet<QString>(broad.cbegin(), broad.cend()).size(), 2100);
        QCOMPARE(broad.first(), u"member00001@seed.example"_s);
        QCOMPARE(broad.last(), u"member02100@seed.example"_s);
        const QStringList narrow = allPages(u"member%20019"_s, &total); // "Member 01900" … "Member 01999"
        QCOMPARE(total, 100);
        QStringList expected;
        for (const QString& email : broad)
            if (email.mid(6, 3) == u"019"_s)
                expected.append(email);
        QCOMPARE(narrow, expected);
    }

    void rolesChangeWithinTheRules()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);
        const QString ownerRole = server.builtinRoleId(owner, ws, u"owner"_s);
        const Account sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        const Account ada = server.addMember(owner, ws, admin, u"ada@acme.example"_s);

        QCOMPARE(changeRole(server, owner, ws, sam.id, admin).status, 200);
        QCOMPARE(server.memberRoleName(owner, ws, sam.id), u"Admin"_s);
        // Admins cannot make Owners, nor touch the Owner.
        const Reply adminMakesOwner = changeRole(server, ada, ws, sam.id, ownerRole);
        QCOMPARE(adminMakesOwner.status, 403);
        QCOMPARE(adminMakesOwner.code(), u"owner_only"_s);
        QCOMPARE(changeRole(server, ada, ws, owner.id, support).code(), u"owner_only"_s);
        // Nobody changes their own role.
        QCOMPARE(changeRole(server, ada, ws, ada.id, support).code(), u"own_role"_s);
        QCOMPARE(changeRole(server, owner, ws, owner.id, admin).code(), u"own_role"_s);
        // A role of another workspace is not a role here.
        const QString elsewhere = server.createRole(owner, server.createWorkspace(owner, u"Other"_s), u"X"_s, {});
        QCOMPARE(changeRole(server, owner, ws, sam.id, elsewhere).status, 422);
        // The change is in the audit log.
        const Reply log
            = server.get(u"/api/v1/workspaces/%1/audit-log?type=member.role_changed"_s.arg(ws), owner.token);
        QCOMPARE(log.items().size(), 1);
        QCOMPARE(
            log.items().first().toObject().value(u"before"_s).toObject().value(u"role"_s).toString(), u"Support"_s);
    }

    void aWorkspaceAlwaysKeepsAnOwner()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString ownerRole = server.builtinRoleId(owner, ws, u"owner"_s);
        const QString admin = server.builtinRoleId(owner, ws, u"admin"_s);

        const Reply leave = server.send("POST", u"/api/v1/workspaces/%1/leave"_s.arg(ws), {}, owner.token);
        QCOMPARE(leave.status, 409);
        QCOMPARE(leave.code(), u"last_owner"_s);

        const Account second = server.addMember(owner, ws, ownerRole, u"second@acme.example"_s);
        QCOMPARE(changeRole(server, second, ws, owner.id, admin).status, 200); // two Owners: one may be demoted
        QCOMPARE(changeRole(server, owner, ws, second.id, admin).status, 403); // now an Admin: owner_only
        const Reply lastDemote = changeRole(server, owner, ws, second.id, admin);
        QCOMPARE(lastDemote.code(), u"owner_only"_s);
        QCOMPARE(
            server.send("POST", u"/api/v1/workspaces/%1/leave"_s.arg(ws), {}, second.token).code(), u"last_owner"_s);
        QCOMPARE(server.send("DELETE", members(ws) + u'/' + second.id, {}, owner.token).status, 403);
        QCOMPARE(server.send("POST", u"/api/v1/workspaces/%1/leave"_s.arg(ws), {}, owner.token).status, 204);
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + ws, owner.token).status, 404);
    }

    void removingAMember()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        const Account sam = server.addMember(owner, ws, support, u"sam@acme.example"_s);
        QCOMPARE(server.send("DELETE", members(ws) + u'/' + owner.id, {}, owner.token).code(), u"own_membership"_s);
        QCOMPARE(server.send("DELETE", members(ws) + u'/' + sam.id, {}, sam.token).code(), u"missing_permission"_s);
        QCOMPARE(server.send("DELETE", members(ws) + u'/' + sam.id, {}, owner.token).status, 204);
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + ws, sam.token).status, 404);
        QCOMPARE(server.send("DELETE", members(ws) + u'/' + sam.id, {}, owner.token).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestMemberRoutes)
#include "tst_memberroutes.moc"
