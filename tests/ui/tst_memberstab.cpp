#include "support/UiTestSupport.h"
#include "users/MembersTab.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

class TestMembersTab : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        QString support;
        client::ApiClient api;
        client::MemberListModel members {api};
        client::RoleListModel roles {api};
        test::ScriptedPrompter prompter;
        std::unique_ptr<ui::MembersTab> tab;

        explicit Fixture(int seeded = 20)
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            server.seedMembers(ws, support, seeded);
        }

        void open(const test::Account& as, const Holder& actor)
        {
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(as.token);
            tab = std::make_unique<ui::MembersTab>(members, roles, prompter);
            tab->setActor(actor);
            tab->show();
            roles.setWorkspace(ws);
            members.setWorkspace(ws);
            QTRY_VERIFY(members.rowCount() > 0 && roles.rowCount() > 0);
        }

        int rowOf(const QString& email) const
        {
            for (int row = 0; row < members.rowCount(); ++row) {
                if (members.member(row).email == email)
                    return row;
            }
            return -1;
        }

        void select(const QList<int>& rows)
        {
            QItemSelectionModel* selection = tab->table()->selectionModel();
            selection->clearSelection();
            for (const int row : rows)
                selection->select(members.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    };

private Q_SLOTS:
    void searchAndRoleFilterNarrowTheList()
    {
        Fixture f;
        f.open(f.owner, Holder {f.owner.id, BuiltinRole::Owner, PermissionSet::all()});
        QTRY_COMPARE(f.tab->findChild<QLabel*>(u"memberTotal"_s)->text(), u"21 member(s)"_s);
        QTest::keyClicks(f.tab->findChild<QLineEdit*>(u"memberSearch"_s), u"member0001"_s);
        QTRY_COMPARE(f.members.total(), 10); // 00010 … 00019, after the debounce
        auto* filter = f.tab->findChild<QComboBox*>(u"memberRoleFilter"_s);
        f.tab->findChild<QLineEdit*>(u"memberSearch"_s)->clear();
        filter->setCurrentIndex(filter->findText(u"Owner"_s));
        Q_EMIT filter->activated(filter->currentIndex());
        QTRY_COMPARE(f.members.total(), 1);
    }

    void commandsFollowTheRulesAndSayWhy()
    {
        Fixture f(3);
        const test::Account admin = f.server.addMember(
            f.owner, f.ws, f.server.builtinRoleId(f.owner, f.ws, u"admin"_s), u"admin@acme.example"_s);
        f.open(admin, Holder {admin.id, BuiltinRole::Admin, PermissionSet::all()});
        QTRY_VERIFY(f.rowOf(f.owner.email) >= 0);
        auto* remove = f.tab->findChild<QPushButton*>(u"removeMembers"_s);
        QVERIFY(!remove->isEnabled()); // nothing selected
        QCOMPARE(remove->toolTip(), u"Select one or more members first."_s);

        f.select({f.rowOf(f.owner.email)});
        QVERIFY(!remove->isEnabled());
        QCOMPARE(remove->toolTip(), u"Only an Owner can remove an Owner."_s);
        const Role ownerRole = *f.roles.role(f.server.builtinRoleId(f.owner, f.ws, u"owner"_s));
        QCOMPARE(f.tab->decideRoleChange(ownerRole).reason, u"Only an Owner can change an Owner's role."_s);
        f.select({f.rowOf(u"member00002@seed.example"_s)});
        QCOMPARE(f.tab->decideRoleChange(ownerRole).reason, u"Only an Owner can make someone an Owner."_s);

        f.select({f.rowOf(admin.email)});
        QCOMPARE(f.tab->decideRoleChange(*f.roles.role(f.support)).code, u"own_role"_s);

        f.select({f.rowOf(u"member00001@seed.example"_s)});
        QVERIFY(remove->isEnabled());
        QVERIFY(f.tab->decideRoleChange(*f.roles.role(f.support)).allowed);
    }

    void removingSeveralAfterConfirming()
    {
        Fixture f(5);
        f.open(f.owner, Holder {f.owner.id, BuiltinRole::Owner, PermissionSet::all()});
        f.select({f.rowOf(u"member00002@seed.example"_s), f.rowOf(u"member00004@seed.example"_s)});
        f.prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(f.tab->findChild<QPushButton*>(u"removeMembers"_s), Qt::LeftButton);
        QCOMPARE(f.prompter.asked.size(), 1);
        QVERIFY(f.prompter.asked.first().contains(u"Remove 2 member(s)"_s));
        QCOMPARE(f.members.rowCount(), 6);

        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(f.tab->findChild<QPushButton*>(u"removeMembers"_s), Qt::LeftButton);
        QTRY_COMPARE(f.members.rowCount(), 4);
        QCOMPARE(f.rowOf(u"member00002@seed.example"_s), -1);
        QCOMPARE(
            f.server.get(u"/api/v1/workspaces/%1/members"_s.arg(f.ws), f.owner.token).json().value(u"total"_s).toInt(),
            4);
        QVERIFY(f.prompter.told.isEmpty()); // nothing failed
    }

    void changingTheRoleOfSeveralReportsEach()
    {
        Fixture f(3);
        f.open(f.owner, Holder {f.owner.id, BuiltinRole::Owner, PermissionSet::all()});
        const QString admin = f.server.builtinRoleId(f.owner, f.ws, u"admin"_s);
        // Two seeded members and the owner themself: the owner's own row is refused, the others done.
        f.select(
            {f.rowOf(u"member00001@seed.example"_s), f.rowOf(u"member00002@seed.example"_s), f.rowOf(f.owner.email)});
        f.prompter.answers = {QMessageBox::Yes};
        f.tab->changeSelectedRole(admin);
        QTRY_COMPARE(f.prompter.told.size(), 1);
        QVERIFY(f.prompter.told.first().contains(u"2 member(s) done. Not done:"_s));
        QVERIFY(f.prompter.told.first().contains(u"Olga Owner: Nobody can change their own role"_s));
        QCOMPARE(f.members.member(f.rowOf(u"member00002@seed.example"_s)).role.name, u"Admin"_s);
        QCOMPARE(f.members.member(f.rowOf(u"member00001@seed.example"_s)).role.name, u"Admin"_s);
        QCOMPARE(f.members.member(f.rowOf(f.owner.email)).role.name, u"Owner"_s);
    }
};

QTEST_MAIN(TestMembersTab)
#include "tst_memberstab.moc"
