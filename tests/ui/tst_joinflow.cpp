#include "auth/JoinDialog.h"
#include "protocol/DeepLink.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "support/UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// The invited person's way in, through the real app and a real server: from the mail's link (opened
// by the desktop, or pasted) to the workspace, with a new account or an existing one; refusals that
// say who to ask; and a forgotten password reset by mail.
class TestJoinFlow : public QObject
{
    Q_OBJECT

    static QString invite(test::TestServer& server, const test::Account& by, const QString& ws, const QString& roleId,
        const QString& email)
    {
        const test::Reply reply = server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, roleId}}, by.token);
        if (reply.status != 200)
            qFatal("invite failed: %s", qPrintable(reply.describe()));
        return server.invitationTokenFromOutbox(email);
    }

    static QDialog* waitForDialog(const QString& name)
    {
        QDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = test::visibleTopLevel<QDialog>(name)) != nullptr; }, 10000))
            qWarning("no visible %s", qPrintable(name));
        return dialog;
    }

    static void click(QWidget* dialog, const QString& button)
    {
        auto* push = dialog->findChild<QPushButton*>(button);
        QVERIFY2(push, qPrintable(button));
        QTRY_VERIFY2(push->isEnabled(), qPrintable(button));
        QTest::mouseClick(push, Qt::LeftButton);
    }

    static void type(QWidget* dialog, const QString& field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QString errorOf(QWidget* dialog) { return dialog->findChild<QLabel*>(u"joinError"_s)->text(); }

    // A fresh app at its sign-in dialog, opened on the mail's nacre:// link as the desktop would:
    // the Join dialog it shows (null, with a warning, when none comes).
    static QDialog* openMailedLink(test::AppFixture& app, test::TestServer& server, const QString& code)
    {
        if (!waitForDialog(u"signInDialog"_s))
            return nullptr;
        app.controller->openLink(
            DeepLink::invitation(QUrl(server.server().baseUrl()), code).toString(QUrl::FullyEncoded));
        return waitForDialog(u"joinDialog"_s);
    }

private Q_SLOTS:
    void aNewPersonJoinsFromTheMailLinkAndLeaves()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        const QString support = server.createRole(owner, acme, u"Support"_s, {u"calls.view"_s});
        const QString code = invite(server, owner, acme, support, u"dana@acme.example"_s);

        test::AppFixture app(server, u"join-new"_s);
        // The desktop opens Nacre on the link of the mail.
        QDialog* join = openMailedLink(app, server, code);
        QVERIFY(join);
        auto* summary = join->findChild<QLabel*>(u"joinSummary"_s);
        QTRY_VERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(u"Olga Owner"_s));
        QVERIFY(summary->text().contains(u"<b>Acme</b>"_s));
        QVERIFY(summary->text().contains(u"<b>Support</b>"_s));
        QVERIFY(summary->text().contains(u"dana@acme.example"_s));

        // A new account: the same password rules as everywhere, said as it is typed.
        type(join, u"joinName"_s, u"Dana Diaz"_s);
        type(join, u"joinNewPassword"_s, u"short"_s);
        QVERIFY(!join->findChild<QPushButton*>(u"joinButton"_s)->isEnabled());
        QVERIFY(join->findChild<QLabel*>(u"joinNewPasswordMessage"_s)->isVisible());
        type(join, u"joinNewPassword"_s, u"dana's long passphrase"_s);
        server.noteSecret(u"dana's long passphrase"_s);
        click(join, u"joinButton"_s);

        // In the window, in the workspace, with the invited role; the sign-in dialog is gone.
        QTRY_VERIFY(app.controller->window() && app.controller->window()->isVisible());
        QVERIFY(!test::visibleTopLevel<QDialog>(u"signInDialog"_s));
        client::Session& session = app.controller->session();
        QCOMPARE(session.profile().displayName, u"Dana Diaz"_s);
        QTRY_COMPARE(session.currentWorkspaceId(), acme);
        QCOMPARE(session.currentWorkspace()->myRole.name, u"Support"_s);
        // The token went to the keychain like any sign-in's: the next start needs no password.
        QVERIFY(!app.api.token().isEmpty());

        // And leaves again.
        app.controller->window()->showPage(u"general"_s);
        auto* leave = app.controller->window()->findChild<QPushButton*>(u"leaveWorkspaceButton"_s);
        QTRY_VERIFY(leave && leave->isVisible());
        app.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(leave, Qt::LeftButton);
        QTRY_COMPARE(session.workspaces().size(), 0);
        const test::Account dana = server.signIn(u"dana@acme.example"_s, u"dana's long passphrase"_s);
        QCOMPARE(server.get(u"/api/v1/workspaces/"_s + acme, dana.token).status, 404);
    }

    // The loop from the owner's side: invited from the window's Invite dialog with the workspace's
    // default role, the person lands in the workspace with that role.
    void theOwnerInvitesFromTheWindowAndTheInviteeLandsWithTheDefaultRole()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        {
            test::AppFixture app(server, u"owner-invites"_s);
            QVERIFY(app.signIn(owner.email));
            ui::MainWindow* window = app.controller->window();
            QTRY_COMPARE(app.controller->session().currentWorkspaceId(), acme);
            window->showPage(u"users"_s);
            QTRY_COMPARE(window->currentPageKey(), u"users"_s);
            auto* inviteButton = window->findChild<QPushButton*>(u"inviteUser"_s);
            QTRY_VERIFY(inviteButton && inviteButton->isVisible() && inviteButton->isEnabled());
            QTest::mouseClick(inviteButton, Qt::LeftButton);
            QDialog* invite = waitForDialog(u"inviteDialog"_s);
            QVERIFY(invite);
            auto* role = invite->findChild<QComboBox*>(u"inviteRole"_s);
            QTRY_COMPARE(role->currentText(), u"Member"_s); // least privilege unless chosen otherwise
            invite->findChild<QPlainTextEdit*>(u"inviteEmails"_s)->insertPlainText(u"erin@acme.example"_s);
            click(invite, u"inviteSend"_s);
            QTRY_VERIFY(!server.invitationTokenFromOutbox(u"erin@acme.example"_s).isEmpty());
            invite->close();
            // The window's invitation list shows the pending invitation.
            QTRY_COMPARE(server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(acme), owner.token).items().size(), 1);
        }
        const QString code = server.invitationTokenFromOutbox(u"erin@acme.example"_s);

        test::AppFixture app(server, u"invitee-joins"_s);
        QDialog* join = openMailedLink(app, server, code);
        QVERIFY(join);
        QTRY_VERIFY(join->findChild<QLabel*>(u"joinSummary"_s)->text().contains(u"<b>Member</b>"_s));
        type(join, u"joinName"_s, u"Erin Ek"_s);
        type(join, u"joinNewPassword"_s, u"erin's long passphrase"_s);
        server.noteSecret(u"erin's long passphrase"_s);
        click(join, u"joinButton"_s);
        QTRY_VERIFY(app.controller->window() && app.controller->window()->isVisible());
        client::Session& session = app.controller->session();
        QTRY_COMPARE(session.currentWorkspaceId(), acme);
        QCOMPARE(session.currentWorkspace()->myRole.name, u"Member"_s);
        QCOMPARE(session.currentWorkspace()->myRole.builtin, BuiltinRole::Member);
    }

    void anExistingAccountPastesTheLinkAndSignsInToJoin()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        const QString other = server.createWorkspace(owner, u"Other"_s);
        server.addMember(owner, other, server.builtinRoleId(owner, other, u"admin"_s), u"ann@acme.example"_s);
        const QString code
            = invite(server, owner, acme, server.builtinRoleId(owner, acme, u"admin"_s), u"ann@acme.example"_s);

        test::AppFixture app(server, u"join-existing"_s);
        QDialog* signIn = waitForDialog(u"signInDialog"_s);
        QVERIFY(signIn);
        click(signIn, u"haveInvitation"_s);
        QDialog* join = waitForDialog(u"joinDialog"_s);
        QVERIFY(join);
        // Pasted from the mail as it is: the web page's address, with a trailing full stop.
        type(join, u"joinCode"_s, server.url(u"/invite/"_s + code).toString() + u"."_s);
        click(join, u"joinButton"_s);
        auto* intro = join->findChild<QLabel*>(u"joinAccountIntro"_s);
        QTRY_VERIFY(intro->isVisible());
        QVERIFY(intro->text().contains(u"already has a Nacre account"_s));

        type(join, u"joinPassword"_s, u"not the password"_s);
        click(join, u"joinButton"_s);
        QTRY_VERIFY(errorOf(join).contains(u"not right"_s));
        type(join, u"joinPassword"_s, QString::fromLatin1(test::TestServer::Password));
        click(join, u"joinButton"_s);

        QTRY_VERIFY(app.controller->window() && app.controller->window()->isVisible());
        client::Session& session = app.controller->session();
        QTRY_COMPARE(session.workspaces().size(), 2);
        QTRY_COMPARE(session.currentWorkspaceId(), acme);
    }

    void theSignedInAccountJoinsWithOneClick()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        const QString beta = server.createWorkspace(owner, u"Beta"_s);
        server.addMember(owner, acme, server.builtinRoleId(owner, acme, u"admin"_s), u"ann@acme.example"_s);
        test::AppFixture app(server, u"join-signed-in"_s);
        QVERIFY(app.signIn(u"ann@acme.example"_s));
        const QString code
            = invite(server, owner, beta, server.builtinRoleId(owner, beta, u"admin"_s), u"ann@acme.example"_s);

        app.controller->openLink(server.url(u"/invite/"_s + code).toString());
        QDialog* join = waitForDialog(u"joinDialog"_s);
        QVERIFY(join);
        QTRY_VERIFY(join->findChild<QLabel*>(u"joinSignedInIntro"_s)->isVisible());
        click(join, u"joinButton"_s);
        client::Session& session = app.controller->session();
        QTRY_COMPARE(session.workspaces().size(), 2);
        QTRY_COMPARE(session.currentWorkspaceId(), beta);
    }

    void usedWithdrawnExpiredAndUnknownCodesSaySoAndWhoToAsk()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        const QString admin = server.builtinRoleId(owner, acme, u"admin"_s);
        const QString used = invite(server, owner, acme, admin, u"used@acme.example"_s);
        server.send("POST", u"/api/v1/invitations/%1/accept"_s.arg(used),
            QJsonObject {{u"displayName"_s, u"Used"_s}, {u"password"_s, u"correct horse battery"_s}});
        const QString withdrawn = invite(server, owner, acme, admin, u"withdrawn@acme.example"_s);
        const QString withdrawnId = server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(acme), owner.token)
                                        .items()
                                        .first()
                                        .toObject()
                                        .value(u"id"_s)
                                        .toString();
        server.send("DELETE", u"/api/v1/workspaces/%1/invitations/%2"_s.arg(acme, withdrawnId), {}, owner.token);
        const QString late = invite(server, owner, acme, admin, u"late@acme.example"_s);
        server.server().clock().advance(8LL * 24 * 3600 * 1000);

        test::AppFixture app(server, u"join-refused"_s);
        QDialog* signIn = waitForDialog(u"signInDialog"_s);
        QVERIFY(signIn);
        click(signIn, u"haveInvitation"_s);
        QDialog* join = waitForDialog(u"joinDialog"_s);
        QVERIFY(join);

        const auto refusalFor = [&](const QString& text) {
            type(join, u"joinCode"_s, text);
            join->findChild<QLabel*>(u"joinError"_s)->clear();
            QTest::mouseClick(join->findChild<QPushButton*>(u"joinButton"_s), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return !errorOf(join).isEmpty(); }, 5000))
                return u"(no answer)"_s;
            return errorOf(join);
        };
        QString text = refusalFor(used);
        QVERIFY2(text.contains(u"already used"_s) && text.contains(u"Olga Owner"_s), qPrintable(text));
        text = refusalFor(withdrawn);
        QVERIFY2(text.contains(u"withdrawn"_s) && text.contains(u"Olga Owner or another admin of \u201cAcme\u201d"_s),
            qPrintable(text));
        text = refusalFor(late);
        QVERIFY2(text.contains(u"expired"_s) && text.contains(u"send a new one"_s), qPrintable(text));
        text = refusalFor(u"nki_ThisCodeWasNeverIssuedByAnyone0123"_s);
        QVERIFY2(text.contains(u"No invitation has this code"_s), qPrintable(text));
        text = refusalFor(u"please let me in"_s);
        QVERIFY2(text.contains(u"not an invitation link"_s), qPrintable(text));
        // Still on the first step, nothing joined.
        QVERIFY(join->findChild<QLineEdit*>(u"joinCode"_s)->isVisible());
    }

    void aLinkOfAnotherServerOffersToConnectToIt()
    {
        test::TestServer server;
        QString acme;
        server.setUp(&acme);
        test::AppFixture app(server, u"join-elsewhere"_s);
        QVERIFY(waitForDialog(u"signInDialog"_s));
        QSignalSpy restart(app.controller.get(), &ui::AppController::restartRequested);
        const QUrl elsewhere(u"https://nacre.example.com"_s);
        const QString code = u"nki_AnInvitationOfAnotherServer0123456"_s;

        app.prompter.answers = {QMessageBox::Cancel};
        app.controller->openLink(DeepLink::invitation(elsewhere, code).toString());
        QVERIFY(app.prompter.asked.last().contains(u"nacre.example.com"_s));
        QCOMPARE(restart.size(), 0);
        QVERIFY(app.settings.serverUrl().isEmpty());

        app.prompter.answers = {QMessageBox::Yes};
        app.controller->openLink(DeepLink::invitation(elsewhere, code).toString());
        QCOMPARE(restart.size(), 1);
        QCOMPARE(app.settings.serverUrl(), elsewhere);
        const auto carried = DeepLink::parse(app.controller->pendingLink());
        QVERIFY(carried);
        QCOMPARE(carried->code, code); // opened there after the restart
    }

    void aForgottenPasswordIsResetWithTheMailedCode()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        test::AppFixture app(server, u"reset"_s);
        QDialog* signIn = waitForDialog(u"signInDialog"_s);
        QVERIFY(signIn);
        type(signIn, u"signInEmail"_s, u"olga@acme.example"_s);
        click(signIn, u"forgotPassword"_s);
        QDialog* reset = waitForDialog(u"resetPasswordDialog"_s);
        QVERIFY(reset);
        QCOMPARE(reset->findChild<QLineEdit*>(u"resetEmail"_s)->text(), u"olga@acme.example"_s);
        click(reset, u"resetButton"_s);
        auto* sent = reset->findChild<QLabel*>(u"resetSent"_s);
        QTRY_VERIFY(sent->isVisible());
        QVERIFY(sent->text().contains(u"30 minute"_s));

        const QString code = server.resetCodeFromOutbox(u"olga@acme.example"_s);
        QVERIFY(!code.isEmpty());
        type(reset, u"resetCode"_s, u"nkr_NotTheCodeThatWasMailed012345"_s);
        type(reset, u"resetNewPassword"_s, u"olga's new passphrase"_s);
        server.noteSecret(u"olga's new passphrase"_s);
        click(reset, u"resetButton"_s);
        QTRY_VERIFY(reset->findChild<QLabel*>(u"resetError"_s)->text().contains(u"wrong"_s));
        type(reset, u"resetCode"_s, code);
        click(reset, u"resetButton"_s);
        QTRY_VERIFY(!reset->isVisible());

        // Back at sign-in: it says what happened; the old session is over; the new password works.
        QVERIFY(signIn->findChild<QLabel*>(u"signInNotice"_s)->text().contains(u"password is changed"_s));
        QCOMPARE(server.get(u"/api/v1/me"_s, owner.token).status, 401);
        test::signInThrough(signIn, u"olga@acme.example"_s, u"olga's new passphrase"_s);
        QTRY_VERIFY(app.controller->window() && app.controller->window()->isVisible());
    }
};

QTEST_MAIN(TestJoinFlow)
#include "tst_joinflow.moc"
