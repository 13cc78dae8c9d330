#include "support/UiTestSupport.h"
#include "users/InviteDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// The Invite User dialog against the real server. With NACRE_SCREENSHOT=<file.png> and a real
// display (xvfb-run), it also takes a screenshot of the dialog with mixed chips.
class TestInviteDialog : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        QString support;
        QString managers;
        client::ApiClient api;
        client::RoleListModel roles {api};

        Fixture()
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s, u"leads.manage"_s});
            server.createRole(owner, ws, u"Viewers"_s, {u"analytics.view"_s});
            managers = server.createRole(owner, ws, u"Managers"_s, {u"resources.users"_s, u"calls.view"_s});
            server.addMember(owner, ws, support, u"member@acme.example"_s);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            roles.setWorkspace(ws);
            QTRY_VERIFY(roles.roles().size() == 6);
        }

        Holder ownerHolder() const { return Holder {owner.id, BuiltinRole::Owner, PermissionSet::all()}; }
        QString memberRole() { return server.builtinRoleId(owner, ws, u"member"_s); }
    };

private Q_SLOTS:
    void rolesOfferedAreTheOnesTheActorMayGive()
    {
        Fixture f;
        const auto names = [](const QList<Role>& roles) {
            QStringList result;
            for (const Role& role : roles)
                result.append(role.name);
            return result;
        };
        QCOMPARE(names(client::RoleListModel::assignable(f.roles.roles(), f.ownerHolder())),
            (QStringList {u"Owner"_s, u"Admin"_s, u"Member"_s, u"Managers"_s, u"Support"_s, u"Viewers"_s}));
        const Holder manager {u"m"_s, BuiltinRole::None, {Permission::ResourcesUsers, Permission::CallsView}};
        QCOMPARE(names(client::RoleListModel::assignable(f.roles.roles(), manager)), (QStringList {u"Managers"_s}));
    }

    void invitesThreePeopleOneInvalidOneAlreadyAMember()
    {
        Fixture f;
        ui::InviteDialog dialog(f.api, f.ws, f.roles, f.ownerHolder(), f.memberRole());
        dialog.show();
        auto* role = dialog.findChild<QComboBox*>(u"inviteRole"_s);
        QCOMPARE(role->currentText(), u"Member"_s); // the workspace's default: the least privileged built-in
        role->setCurrentIndex(role->findText(u"Support"_s));

        auto* send = dialog.findChild<QPushButton*>(u"inviteSend"_s);
        QVERIFY(!send->isEnabled());
        // As pasted from a mail client: several forms and lines at once.
        dialog.findChild<QPlainTextEdit*>(u"inviteEmails"_s)
            ->insertPlainText(u"Ann Lee <ann@acme.example>, not-an-email; member@acme.example\nbo@acme.example"_s);
        auto* chips = dialog.findChild<QListWidget*>(u"inviteChips"_s);
        QTRY_COMPARE(chips->count(), 4);
        QTRY_COMPARE(send->text(), u"Invite 2 person(s)"_s); // source text: no translator in this test
        QVERIFY(send->isEnabled());
        QCOMPARE(dialog.findChild<QLabel*>(u"inviteSummary"_s)->text(), u"1 already a member · 1 not valid"_s);
        QVERIFY(chips->item(1)->text().contains(u"not an email address"_s));
        QVERIFY(chips->item(2)->text().endsWith(u"already a member"_s));

        if (const QByteArray shot = qgetenv("NACRE_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(300);
            QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, QString::fromLocal8Bit(shot)});
        }

        // Leave Bo out, then send.
        chips->setCurrentRow(3);
        QTest::keyClick(chips, Qt::Key_Delete);
        QTRY_COMPARE(send->text(), u"Invite 1 person(s)"_s);
        QSignalSpy sent(&dialog, &ui::InviteDialog::invitationsSent);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toInt(), 1);
        auto* results = dialog.findChild<QListWidget*>(u"inviteResults"_s);
        QCOMPARE(results->count(), 3); // every address given, not only the one sent
        QVERIFY(results->item(0)->text().startsWith(u"Ann Lee <ann@acme.example> — invited"_s));
        QVERIFY(results->item(1)->text().startsWith(u"not-an-email — "_s));
        QCOMPARE(results->item(2)->text(), u"member@acme.example — already a member"_s);
        const auto pending = f.server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(f.ws), f.owner.token).items();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().toObject().value(u"role"_s).toObject().value(u"name"_s).toString(), u"Support"_s);
    }

    // Issue 10: links of a server only this computer can reach say so, with what to do about it.
    void linksOnlyThisComputerCanOpenAreExplained()
    {
        Fixture f; // the test server's links name 127.0.0.1
        ui::InviteDialog dialog(f.api, f.ws, f.roles, f.ownerHolder(), f.memberRole());
        dialog.show();
        auto* notice = dialog.findChild<QLabel*>(u"inviteReachNotice"_s);
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"Let others on this network join"_s));

        server::NacreServerConfig config;
        config.options.publicUrl = u"https://nacre.example.com"_s;
        test::TestServer shared(config);
        QString ws;
        const test::Account owner = shared.setUp(&ws);
        client::ApiClient api;
        api.setBaseUrl(QUrl(shared.server().baseUrl()));
        api.setToken(owner.token);
        client::RoleListModel roles(api);
        roles.setWorkspace(ws);
        QTRY_VERIFY(!roles.roles().isEmpty());
        ui::InviteDialog elsewhere(api, ws, roles, f.ownerHolder(), {});
        elsewhere.show();
        QTRY_VERIFY(!api.isBusy()); // the server answered the dialog
        QVERIFY(!elsewhere.findChild<QLabel*>(u"inviteReachNotice"_s)->isVisible());
    }

    void csvFilesAddTheirAddresses()
    {
        Fixture f;
        ui::InviteDialog dialog(f.api, f.ws, f.roles, f.ownerHolder(), f.memberRole());
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("Name;Email;Team\nCid;cid@acme.example;Ops\nDee;dee@acme.example;Ops\n");
        csv.close();
        dialog.importCsvFile(csv.fileName());
        QTRY_COMPARE(dialog.draft().invitableCount(), 2);
        QVERIFY(dialog.findChild<QPlainTextEdit*>(u"inviteEmails"_s)->toPlainText().contains(u"dee@acme.example"_s));
    }
};

QTEST_MAIN(TestInviteDialog)
#include "tst_invitedialog.moc"
