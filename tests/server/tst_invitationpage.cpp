#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// The link in an invitation mail, opened in a browser by the person invited: a page for people that
// says what the invitation is and opens Nacre at it, and says plainly when it can no longer be used.
class TestInvitationPage : public QObject
{
    Q_OBJECT

    struct Invited
    {
        TestServer server;
        QString ws;
        Account owner;
        QString invitationId;
        QString token;

        explicit Invited(const QString& email = u"sam@acme.example"_s)
        {
            owner = server.setUp(&ws);
            // The workspace's name is the owner's to choose, markup included: the page must show it as text.
            server.send("PATCH", u"/api/v1/workspaces/"_s + ws, QJsonObject {{u"name"_s, u"Acme <b>&</b> Co"_s}},
                owner.token, {{"If-Match", server.get(u"/api/v1/workspaces/"_s + ws, owner.token).header("etag")}});
            const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            const Reply reply = server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, support}}, owner.token);
            invitationId = reply.json()[u"results"_s][0][u"invitationId"_s].toString();
            token = server.invitationTokenFromOutbox(email);
        }
        Reply page() { return server.get(u"/invite/"_s + token); }
    };

private Q_SLOTS:
    void theMailLinksToAPageThatOpensNacreAtTheInvitation()
    {
        Invited invited;
        const QString mail = invited.server.newestMailTo(u"sam@acme.example"_s);
        QVERIFY(mail.contains(invited.server.url(u"/invite/"_s + invited.token).toString()));
        QVERIFY(mail.contains(u"nacre://invite?server="_s));
        QVERIFY(!mail.contains(u"/api/v1/"_s)); // no JSON for people

        const Reply page = invited.page();
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"Olga Owner"_s));
        QVERIFY(html.contains(u"Support"_s));
        QVERIFY(html.contains(u"sam@acme.example"_s));
        QVERIFY(html.contains(u"UTC"_s));
        QVERIFY(html.contains(u"Acme &lt;b&gt;&amp;&lt;/b&gt; Co"_s));
        QVERIFY(!html.contains(u"<b>&</b>"_s));
        QVERIFY(html.contains(u"href=\"nacre://invite?server="_s));
        QVERIFY(html.contains(u"I Have an Invitation"_s));
        QVERIFY(html.contains(u"for your new account"_s)); // no account yet: one will be made
        // The code is in the address: the page leaks it nowhere and cannot be framed or scripted.
        QVERIFY(page.header("content-security-policy").contains("default-src 'none'"));
        QCOMPARE(page.header("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(page.header("cache-control"), QByteArray("no-store"));
        QVERIFY(!html.contains(u"<script"_s));
        // Opening the page changes nothing: the invitation is still open.
        QCOMPARE(invited.server.get(u"/api/v1/invitations/"_s + invited.token).status, 200);
    }

    void aPersonWithAnAccountIsToldTheyWillSignIn()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString other = server.createWorkspace(owner, u"Other"_s);
        server.addMember(owner, other, server.builtinRoleId(owner, other, u"admin"_s), u"ann@acme.example"_s);
        server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"ann@acme.example"_s}},
                {u"roleId"_s, server.builtinRoleId(owner, ws, u"admin"_s)}},
            owner.token);
        const Reply page = server.get(u"/invite/"_s + server.invitationTokenFromOutbox(u"ann@acme.example"_s));
        QVERIFY(page.body.contains("password of your account <strong>ann@acme.example</strong>"));
    }

    void usedRevokedExpiredAndUnknownCodesSaySoAndWhoToAsk()
    {
        {
            Invited invited;
            QCOMPARE(invited.server
                         .send("POST", u"/api/v1/invitations/%1/accept"_s.arg(invited.token),
                             QJsonObject {{u"displayName"_s, u"Sam"_s}, {u"password"_s, u"correct horse battery"_s}})
                         .status,
                201);
            const Reply page = invited.page();
            QCOMPARE(page.status, 410);
            QVERIFY(page.body.contains("already used"));
            QVERIFY(page.body.contains("sign in as <strong>sam@acme.example</strong>"));
            const Reply api = invited.server.get(u"/api/v1/invitations/"_s + invited.token);
            QCOMPARE(api.status, 410);
            QCOMPARE(api.code(), u"invitation_unusable"_s);
            QCOMPARE(api.json()[u"state"_s].toString(), u"used"_s);
            QCOMPARE(api.json()[u"invitedBy"_s].toString(), u"Olga Owner"_s);
            QCOMPARE(api.json()[u"workspaceName"_s].toString(), u"Acme <b>&</b> Co"_s);
        }
        {
            Invited invited;
            invited.server.send("DELETE",
                u"/api/v1/workspaces/%1/invitations/%2"_s.arg(invited.ws, invited.invitationId), {},
                invited.owner.token);
            const Reply page = invited.page();
            QCOMPARE(page.status, 410);
            QVERIFY(page.body.contains("withdrawn"));
            QVERIFY(page.body.contains("Ask Olga Owner or another admin of"));
            const Reply api = invited.server.get(u"/api/v1/invitations/"_s + invited.token);
            QCOMPARE(api.json()[u"state"_s].toString(), u"revoked"_s);
            QVERIFY(api.json()[u"detail"_s].toString().contains(u"withdrawn"_s));
        }
        {
            Invited invited;
            invited.server.server().clock().advance(8LL * 24 * 3600 * 1000);
            const Reply page = invited.page();
            QCOMPARE(page.status, 410);
            QVERIFY(page.body.contains("has expired"));
            QVERIFY(page.body.contains("Ask Olga Owner or another admin of"));
            const Reply api = invited.server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(invited.token),
                QJsonObject {{u"displayName"_s, u"Sam"_s}, {u"password"_s, u"correct horse battery"_s}});
            QCOMPARE(api.status, 410);
            QCOMPARE(api.json()[u"state"_s].toString(), u"expired"_s);
        }
        {
            TestServer server;
            QString ws;
            server.setUp(&ws);
            const Reply page = server.get(u"/invite/nki_NotAnInvitationCodeAtAll0123456789"_s);
            QCOMPARE(page.status, 404);
            QVERIFY(page.body.contains("Invitation not found"));
            QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
        }
    }

    void theCodeNeverReachesTheLog()
    {
        Invited invited;
        invited.page();
        QVERIFY(invited.server.serverLog().join(u'\n').contains(u"path=/invite/{redacted}"_s));
        // (TestServer also fails the test if the code itself was logged.)
    }
};

QTEST_GUILESS_MAIN(TestInvitationPage)
#include "tst_invitationpage.moc"
