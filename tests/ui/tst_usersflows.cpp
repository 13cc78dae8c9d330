#include "commands/Command.h"
#include "roles/RoleEditorDialog.h"
#include "roles/RoleInUseDialog.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "users/InvitationsTab.h"
#include "users/InviteDialog.h"
#include "users/MembersTab.h"
#include "users/RolesTab.h"
#include "users/UsersPage.h"
#include "users/invitations/InviteCommand.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// Workspace > Users in the whole window, as an admin uses it, against the real server: the flows
// the issue names, each ending with what the server now holds.
class TestUsersFlows : public QObject
{
    Q_OBJECT

    struct Fixture : test::WindowFixture
    {
        QString support;
        test::Account member;

        Fixture()
            : test::WindowFixture(false)
        {
            support = server.createRole(owner, acme, u"Support"_s, {u"calls.view"_s});
            member = server.addMember(owner, acme, support, u"member@acme.example"_s);
        }

        // Opens the window as the owner and clicks Users in the sidebar.
        ui::UsersPage* openUsers()
        {
            open(owner);
            if (!QTest::qWaitFor([this] { return session.currentWorkspace().has_value(); }))
                return nullptr;
            auto* navigation = window->sidebar()->findChild<QListWidget*>(u"navigation"_s);
            QListWidgetItem* users = nullptr;
            for (int i = 0; i < navigation->count(); ++i) {
                if (navigation->item(i)->text() == u"Users"_s)
                    users = navigation->item(i);
            }
            if (!users)
                return nullptr;
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(users).center());
            return window->usersPage();
        }

        int memberRow(const QString& email) const
        {
            for (int row = 0; row < members.rowCount(); ++row) {
                if (members.member(row).email == email)
                    return row;
            }
            return -1;
        }

        QString roleOnServer(const QString& userId) { return server.memberRoleName(owner, acme, userId); }
    };

private Q_SLOTS:
    void inviteThreePeopleAndSeeEachResult()
    {
        Fixture f;
        ui::UsersPage* page = f.openUsers();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        QTRY_COMPARE(f.members.rowCount(), 2);
        QTRY_COMPARE(page->tabs()->tabText(0), u"Members (2)"_s);

        QTest::mouseClick(page->findChild<QPushButton*>(u"inviteUser"_s), Qt::LeftButton);
        auto* dialog = page->findChild<ui::InviteDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"inviteEmails"_s),
            u"Nia New <nia@acme.example>, member@acme.example, not-an-address"_s);
        auto* send = dialog->findChild<QPushButton*>(u"inviteSend"_s);
        QTRY_COMPARE(send->text(), u"Invite 1 person(s)"_s);
        QCOMPARE(dialog->findChild<QListWidget*>(u"inviteChips"_s)->count(), 3);
        QTest::mouseClick(send, Qt::LeftButton);

        auto* results = dialog->findChild<QListWidget*>(u"inviteResults"_s);
        QTRY_COMPARE(results->count(), 3);
        QVERIFY(results->item(0)->text().startsWith(u"Nia New <nia@acme.example> — invited"_s));
        QCOMPARE(results->item(1)->text(), u"member@acme.example — already a member"_s);
        QVERIFY(results->item(2)->text().startsWith(u"not-an-address — "_s));
        QVERIFY(results->isVisible());

        // The new invitation is listed at once on the Invitations tab.
        QTRY_COMPARE(f.invitations.rowCount(), 1);
        QCOMPARE(f.invitations.invitations().first().email, u"nia@acme.example"_s);
        QCOMPARE(page->tabs()->tabText(1), u"Invitations (1)"_s);
        QCOMPARE(f.window->statusBar()->currentMessage(), u"1 invitation(s) sent."_s);

        // One invite command for the page: Ctrl+I opens the dialog from the Invitations tab too.
        dialog->close();
        QTRY_VERIFY(!page->findChild<ui::InviteDialog*>());
        page->tabs()->setCurrentIndex(1);
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        page->invitationsTab()->table()->setFocus();
        QTest::keyClick(page->invitationsTab()->table(), Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(page->findChild<ui::InviteDialog*>() && page->findChild<ui::InviteDialog*>()->isVisible());
    }

    void changeARoleInline()
    {
        Fixture f;
        ui::UsersPage* page = f.openUsers();
        QVERIFY(page);
        QTRY_COMPARE(f.members.rowCount(), 2);
        QTRY_VERIFY(f.roles.rowCount() == 4);
        QTableView* table = page->membersTab()->table();
        const QModelIndex cell = f.members.index(f.memberRow(f.member.email), client::MemberListModel::RoleColumn);
        table->setCurrentIndex(cell);
        QTest::keyClick(table, Qt::Key_F2);
        auto* combo = table->findChild<QComboBox*>(u"roleCombo"_s);
        QVERIFY(combo);
        const int admin = combo->findText(u"Admin"_s);
        QVERIFY(admin >= 0);
        combo->setCurrentIndex(admin);
        f.prompter.answers = {QMessageBox::Yes};
        Q_EMIT combo->activated(admin);
        // More access is confirmed first, naming what the person gains (issue 10, item 3).
        QVERIFY(f.prompter.asked.last().startsWith(u"Give More Access?: Give "_s));
        QVERIFY(f.prompter.asked.last().contains(u"They gain: "_s));
        QVERIFY(f.prompter.asked.last().contains(nacre::PermissionCatalog::label(nacre::Permission::BillingManage)));
        QTRY_COMPARE(f.members.member(f.memberRow(f.member.email)).role.name, u"Admin"_s);
        QCOMPARE(f.roleOnServer(f.member.id), u"Admin"_s);
        QTRY_VERIFY(f.window->statusBar()->currentMessage().contains(u"is now Admin"_s));
    }

    void revokeAnInvitation()
    {
        Fixture f;
        f.server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(f.acme),
            QJsonObject {{u"emails"_s, QJsonArray {u"gone@acme.example"_s}}, {u"roleId"_s, f.support}}, f.owner.token);
        ui::UsersPage* page = f.openUsers();
        page->tabs()->setCurrentWidget(page->invitationsTab());
        QTRY_COMPARE(f.invitations.rowCount(), 1);
        QTableView* table = page->invitationsTab()->table();
        table->selectRow(0);
        auto* revoke = page->invitationsTab()->findChild<QPushButton*>(u"revokeInvitations"_s);
        QVERIFY(revoke->isEnabled());
        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(f.prompter.asked.last().contains(u"Revoke 1 invitation(s)?"_s));
        QTRY_COMPARE(f.invitations.rowCount(), 0);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/invitations"_s.arg(f.acme), f.owner.token).items().size(), 0);
        QTRY_COMPARE(page->tabs()->tabText(1), u"Invitations (0)"_s);
    }

    void createARoleAndAssignIt()
    {
        Fixture f;
        ui::UsersPage* page = f.openUsers();
        QVERIFY(page);
        QTRY_VERIFY(f.roles.rowCount() == 4);
        page->tabs()->setCurrentWidget(page->rolesTab());
        QTest::mouseClick(page->rolesTab()->findChild<QPushButton*>(u"createRole"_s), Qt::LeftButton);
        auto* editor = page->findChild<ui::RoleEditorDialog*>();
        QVERIFY(editor && editor->isVisible());
        QTest::keyClicks(editor->findChild<QLineEdit*>(u"roleName"_s), u"Billing Team"_s);
        editor->setPermissionChecked(Permission::BillingManage, true);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"saveRole"_s), Qt::LeftButton);
        QTRY_VERIFY(f.roles.rowCount() == 5);
        QString billing;
        for (const Role& role : f.roles.roles()) {
            if (role.name == u"Billing Team"_s) {
                QCOMPARE(role.permissions, PermissionSet {Permission::BillingManage});
                billing = role.id;
            }
        }
        QVERIFY(!billing.isEmpty());

        // Assign it from the Members tab's Change Role menu.
        page->tabs()->setCurrentWidget(page->membersTab());
        QTRY_VERIFY(f.memberRow(f.member.email) >= 0);
        page->membersTab()->table()->selectRow(f.memberRow(f.member.email));
        auto* menu = page->membersTab()->findChild<QMenu*>(u"roleMenu"_s);
        Q_EMIT menu->aboutToShow();
        QAction* choice = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->text() == u"Billing Team"_s)
                choice = action;
        }
        QVERIFY(choice && choice->isEnabled());
        f.prompter.answers = {QMessageBox::Cancel}; // gains Billing: asked, and Cancel changes nothing
        choice->trigger();
        QVERIFY(f.prompter.asked.last().startsWith(u"Give More Access?"_s));
        QCOMPARE(f.roleOnServer(f.member.id), u"Support"_s);
        f.prompter.answers = {QMessageBox::Yes};
        choice->trigger();
        QTRY_COMPARE(f.roleOnServer(f.member.id), u"Billing Team"_s);
        QTRY_COMPARE(f.roles.role(billing).value_or(Role {}).memberCount, 1); // the counts follow
    }

    void aRoleInUseLeadsToItsMembers()
    {
        Fixture f;
        ui::UsersPage* page = f.openUsers();
        QVERIFY(page);
        QTRY_VERIFY(f.roles.rowCount() == 4);
        page->tabs()->setCurrentWidget(page->rolesTab());
        page->rolesTab()->table()->selectRow(f.roles.rowOf(f.support));
        QTest::mouseClick(page->rolesTab()->findChild<QPushButton*>(u"deleteRole"_s), Qt::LeftButton);
        auto* inUse = page->findChild<ui::RoleInUseDialog*>();
        QVERIFY(inUse);
        QTest::mouseClick(inUse->showButton(), Qt::LeftButton);
        QCOMPARE(page->tabs()->currentWidget(), page->membersTab());
        QTRY_COMPARE(f.members.total(), 1);
        QCOMPARE(f.members.member(0).email, f.member.email);
        QCOMPARE(page->membersTab()->findChild<QComboBox*>(u"memberRoleFilter"_s)->currentText(), u"Support"_s);
        QCOMPARE(page->tabs()->tabText(0), u"Members (2)"_s); // the workspace's count, not the filtered one
        QVERIFY(f.roles.role(f.support)); // not deleted
    }

    void aMemberWithoutThePermissionCannotReachTheCommands()
    {
        // A custom role with resources.users may open the page; its commands follow its grants.
        Fixture f;
        const QString people = f.server.createRole(f.owner, f.acme, u"People"_s, {u"resources.users"_s});
        const test::Account manager = f.server.addMember(f.owner, f.acme, people, u"people@acme.example"_s);
        f.open(manager);
        QTRY_VERIFY(f.session.currentWorkspace().has_value());
        f.window->showPage(u"users"_s);
        ui::UsersPage* page = f.window->usersPage();
        QTRY_COMPARE(f.members.rowCount(), 3);
        QVERIFY(page->inviteCommand()->isEnabled());
        page->membersTab()->table()->selectRow(f.memberRow(f.owner.email));
        QVERIFY(!page->membersTab()->removeCommand()->isEnabled());
        QCOMPARE(page->membersTab()->removeCommand()->toolTip(), u"Only an Owner can remove an Owner."_s);
        QCOMPARE(page->membersTab()->findChild<QPushButton*>(u"removeMembers"_s)->toolTip(),
            u"Only an Owner can remove an Owner."_s);
        // Support's calls.view is not theirs to grant: the role cannot be edited by them.
        page->tabs()->setCurrentWidget(page->rolesTab());
        page->rolesTab()->table()->selectRow(f.roles.rowOf(f.support));
        QVERIFY(!page->rolesTab()->findChild<QPushButton*>(u"editRole"_s)->isEnabled());
    }
};

QTEST_MAIN(TestUsersFlows)
#include "tst_usersflows.moc"
