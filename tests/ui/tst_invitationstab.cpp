#include "support/UiTestSupport.h"
#include "users/InvitationsTab.h"
#include "users/invitations/InviteCommand.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

class TestInvitationsTab : public QObject
{
    Q_OBJECT

    // Two invitations (a@ and b@, as Admin) and the tab, as their Owner sees it.
    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        client::ApiClient api;
        client::InvitationListModel model {api};
        client::RoleListModel roles {api};
        test::ScriptedPrompter prompter;
        ui::InviteCommand invite {api, roles, model, nullptr};
        ui::InvitationsTab tab {model, prompter, invite};

        Fixture()
        {
            owner = server.setUp(&ws);
            server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
                QJsonObject {{u"emails"_s, QJsonArray {u"a@acme.example"_s, u"b@acme.example"_s}},
                    {u"roleId"_s, server.builtinRoleId(owner, ws, u"admin"_s)}},
                owner.token);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            tab.setActor(Holder {owner.id, BuiltinRole::Owner, PermissionSet::all()});
        }
    };

private Q_SLOTS:
    void revokeAfterConfirmingAndResend()
    {
        Fixture f;
        auto& [server, ws, owner, api, model, roles, prompter, invite, tab] = f;
        tab.show();
        model.setWorkspace(ws);
        QTRY_COMPARE(model.rowCount(), 2);
        auto* revoke = tab.findChild<QPushButton*>(u"revokeInvitations"_s);
        QVERIFY(!revoke->isEnabled());
        QCOMPARE(revoke->toolTip(), u"Select one or more invitations first."_s);

        tab.table()->selectionModel()->select(
            model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(revoke->isEnabled());
        prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(ws), owner.token).items().size(), 1);

        tab.table()->selectionModel()->select(
            model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString remaining = model.invitations().first().email;
        const QString firstMail = server.invitationTokenFromOutbox(remaining);
        QTest::mouseClick(tab.findChild<QPushButton*>(u"resendInvitations"_s), Qt::LeftButton);
        QTRY_VERIFY(server.invitationTokenFromOutbox(remaining) != firstMail); // mailed again, new link
        QVERIFY(prompter.told.isEmpty());
    }

    void copyLinkPutsAWorkingLinkOnTheClipboard()
    {
        Fixture f;
        auto& [server, ws, owner, api, model, roles, prompter, invite, tab] = f;
        model.setWorkspace(ws);
        QTRY_COMPARE(model.rowCount(), 2);
        auto* copy = tab.findChild<QPushButton*>(u"copyInvitationLink"_s);
        tab.table()->selectAll();
        QVERIFY(!copy->isEnabled()); // one link at a time
        QCOMPARE(copy->toolTip(), u"Select one invitation first."_s);
        tab.table()->selectRow(0);
        QVERIFY(copy->isEnabled());
        const QString email = model.invitations().first().email;

        prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(prompter.asked.last().contains(u"The link in the email sent earlier stops working."_s));
        QGuiApplication::clipboard()->clear();
        prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_VERIFY(!QGuiApplication::clipboard()->text().isEmpty());
        const QString link = QGuiApplication::clipboard()->text();
        const QString code = link.section(u'/', -1);
        const test::Reply preview = server.get(u"/api/v1/invitations/"_s + code);
        QCOMPARE(preview.status, 200);
        QCOMPARE(preview.json().value(u"email"_s).toString(), email);
        QVERIFY(prompter.told.isEmpty());
    }

    void withoutThePermissionTheCommandsSayWhy()
    {
        client::ApiClient api;
        client::InvitationListModel model(api);
        client::RoleListModel roles(api);
        test::ScriptedPrompter prompter;
        ui::InviteCommand invite(api, roles, model, nullptr);
        ui::InvitationsTab tab(model, prompter, invite);
        tab.setActor(Holder {u"x"_s, BuiltinRole::None, {Permission::CallsView}});
        QCOMPARE(tab.findChild<QPushButton*>(u"resendInvitations"_s)->toolTip(),
            u"Your role does not include \u201cUsers\u201d."_s);
    }
};

QTEST_MAIN(TestInvitationsTab)
#include "tst_invitationstab.moc"
