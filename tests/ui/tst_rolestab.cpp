#include "roles/RoleInUseDialog.h"
#include "support/UiTestSupport.h"
#include "users/RolesTab.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

class TestRolesTab : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        QString support;
        QString unused;
        client::ApiClient api;
        client::RoleListModel roles {api};
        test::ScriptedPrompter prompter;
        std::unique_ptr<ui::RolesTab> tab;

        explicit Fixture(const Holder& actor = {})
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            unused = server.createRole(owner, ws, u"Unused"_s, {u"billing.manage"_s});
            server.seedMembers(ws, support, 2);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
            tab = std::make_unique<ui::RolesTab>(roles, prompter);
            tab->setActor(actor.userId.isEmpty() ? Holder {owner.id, BuiltinRole::Owner, PermissionSet::all()} : actor);
            tab->show();
            roles.setWorkspace(ws);
            QTRY_COMPARE(roles.rowCount(), 5);
        }

        void select(const QString& roleId)
        {
            tab->table()->selectionModel()->select(
                roles.index(roles.rowOf(roleId), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        QPushButton* button(const QString& name) const { return tab->findChild<QPushButton*>(name); }
    };

private Q_SLOTS:
    void builtInRolesCannotBeEditedOrDeleted()
    {
        Fixture f;
        f.select(f.roles.roles().at(1).id); // Admin
        QVERIFY(!f.button(u"editRole"_s)->isEnabled());
        QCOMPARE(f.button(u"deleteRole"_s)->toolTip(), u"The built-in Admin role cannot be changed."_s);
        QVERIFY(f.button(u"duplicateRole"_s)->isEnabled()); // starting from Admin is fine for an Owner
    }

    void aRoleInUseOffersToShowItsMembers()
    {
        Fixture f;
        f.select(f.support);
        QSignalSpy show(f.tab.get(), &ui::RolesTab::showMembersWithRole);
        QTest::mouseClick(f.button(u"deleteRole"_s), Qt::LeftButton);
        auto* dialog = f.tab->findChild<ui::RoleInUseDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(
            dialog->findChild<QLabel*>(u"roleInUseText"_s)->text().contains(u"2 member(s) hold \u201cSupport\u201d"_s));
        QTest::mouseClick(dialog->showButton(), Qt::LeftButton);
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().first().toString(), f.support);
        QCOMPARE(f.roles.rowCount(), 5);

        f.select(f.unused);
        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(f.button(u"deleteRole"_s), Qt::LeftButton);
        QTRY_COMPARE(f.roles.rowCount(), 4);
    }

    void aRoleInUseCanGoWithItsMembersMovedFirst()
    {
        Fixture f;
        f.select(f.support);
        QSignalSpy moved(f.tab.get(), &ui::RolesTab::membersMoved);
        QTest::mouseClick(f.button(u"deleteRole"_s), Qt::LeftButton);
        QPointer<ui::RoleInUseDialog> dialog = f.tab->findChild<ui::RoleInUseDialog*>();
        QComboBox* target = dialog->targetPicker();
        QStringList offered;
        for (int i = 0; i < target->count(); ++i)
            offered.append(target->itemText(i));
        QVERIFY(!offered.contains(u"Support"_s)); // not the role being deleted
        QVERIFY(offered.contains(u"Owner"_s)); // an Owner may make Owners
        target->setCurrentIndex(target->findText(u"Admin"_s));
        f.prompter.answers = {QMessageBox::Yes}; // "Give More Access?"
        QTest::mouseClick(dialog->moveButton(), Qt::LeftButton);
        QVERIFY(f.prompter.asked.last().contains(u"2 member(s) of \u201cSupport\u201d will get \u201cAdmin\u201d"_s));
        QTRY_COMPARE(moved.size(), 1);
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!f.roles.role(f.support));
        QTRY_COMPARE(f.roles.role(f.server.builtinRoleId(f.owner, f.ws, u"admin"_s))->memberCount, 2);
    }

    // Issue 10, item 1: the default used to be Owner, so pressing Enter made every holder an Owner.
    void theLeastPrivilegedRoleComesFirstAndMoreAccessAsksAgain()
    {
        Fixture f;
        f.select(f.support);
        QTest::mouseClick(f.button(u"deleteRole"_s), Qt::LeftButton);
        QPointer<ui::RoleInUseDialog> dialog = f.tab->findChild<ui::RoleInUseDialog*>();
        QComboBox* target = dialog->targetPicker();
        QCOMPARE(target->currentText(), u"Unused"_s); // one permission, before Admin and Owner
        QCOMPARE(target->itemText(target->count() - 1), u"Owner"_s);
        QVERIFY(dialog->moveButton()->isDefault());

        // Enter moves to the default, but it still gains a permission: asked first; Cancel keeps all.
        QTest::keyClick(dialog, Qt::Key_Return);
        QCOMPARE(f.prompter.asked.size(), 1);
        QVERIFY(f.prompter.asked.last().startsWith(u"Give More Access?"_s));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(f.roles.role(f.support)->memberCount, 2);

        target->setCurrentIndex(target->findText(u"Owner"_s));
        f.prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(dialog->moveButton(), Qt::LeftButton);
        QVERIFY(f.prompter.asked.last().contains(u"2 member(s) of \u201cSupport\u201d will become Owners"_s));
        QVERIFY(dialog && dialog->isVisible());
        const test::Reply support
            = f.server.get(u"/api/v1/workspaces/%1/roles/%2"_s.arg(f.ws, f.support), f.owner.token);
        QCOMPARE(support.json().value(u"memberCount"_s).toInt(), 2); // nobody moved
    }

    void aManagerIsOfferedOnlyRolesTheyMayGive()
    {
        Fixture f;
        f.tab->setActor(Holder {u"m"_s, BuiltinRole::None, {Permission::ResourcesUsers, Permission::CallsView}});
        f.select(f.support);
        QTest::mouseClick(f.button(u"deleteRole"_s), Qt::LeftButton);
        auto* dialog = f.tab->findChild<ui::RoleInUseDialog*>();
        QVERIFY(dialog);
        QStringList offered;
        for (int i = 0; i < dialog->targetPicker()->count(); ++i)
            offered.append(dialog->targetPicker()->itemText(i));
        QVERIFY(!offered.contains(u"Admin"_s));
        QVERIFY(!offered.contains(u"Owner"_s));
    }

    void duplicatingOpensTheEditorWithAFreeName()
    {
        Fixture f;
        f.select(f.support);
        QTest::mouseClick(f.button(u"duplicateRole"_s), Qt::LeftButton);
        QDialog* editor = nullptr;
        QTRY_VERIFY((editor = test::visibleTopLevel<QDialog>(u"roleEditor"_s)));
        QCOMPARE(editor->findChild<QLineEdit*>(u"roleName"_s)->text(), u"Copy of Support"_s);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"saveRole"_s), Qt::LeftButton);
        QTRY_COMPARE(f.roles.rowCount(), 6);
        const auto copy = std::find_if(f.roles.roles().cbegin(), f.roles.roles().cend(),
            [](const Role& role) { return role.name == u"Copy of Support"_s; });
        QVERIFY(copy != f.roles.roles().cend());
        QCOMPARE(copy->permissions, PermissionSet {Permission::CallsView}); // the original's permissions
    }

    void aManagerCanOnlyCopyWhatTheyMayGrant()
    {
        Fixture f(Holder {u"m"_s, BuiltinRole::None, {Permission::ResourcesUsers, Permission::CallsView}});
        f.select(f.unused); // grants billing.manage, which the manager lacks
        QVERIFY(!f.button(u"duplicateRole"_s)->isEnabled());
        QVERIFY(!f.button(u"editRole"_s)->isEnabled());
        QCOMPARE(f.button(u"editRole"_s)->toolTip(), u"You can only grant permissions your own role includes."_s);
        f.select(f.support);
        QVERIFY(f.button(u"duplicateRole"_s)->isEnabled());
        QVERIFY(f.button(u"editRole"_s)->isEnabled());
    }
};

QTEST_MAIN(TestRolesTab)
#include "tst_rolestab.moc"
