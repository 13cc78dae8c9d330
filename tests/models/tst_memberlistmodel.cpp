#include "members/MemberListModel.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre::client;
using nacre::test::Account;
using nacre::test::TestServer;

class TestMemberListModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TestServer server;
        QString ws;
        Account owner;
        QString support;
        ApiClient api;
        MemberListModel model {api};
        QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

        explicit Fixture(int members)
        {
            owner = server.setUp(&ws);
            support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
            server.seedMembers(ws, support, members);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
        }

        // Loads pages until everything is in, as a view scrolling to the end would.
        void loadAll()
        {
            while (true) {
                QTRY_VERIFY(!model.isLoading());
                if (!model.canFetchMore({}))
                    return;
                model.fetchMore({});
            }
        }
    };

private Q_SLOTS:
    void pagesThroughFiveThousandMembers()
    {
        Fixture f(5000);
        QSignalSpy inserted(&f.model, &MemberListModel::rowsInserted);
        f.model.setWorkspace(f.ws);
        // The first answer inserts one page only (the attached model tester may then ask for more).
        QTRY_VERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), MemberListModel::PageSize - 1);
        QCOMPARE(f.model.total(), 5001);
        f.loadAll(); // (the model tester attached may fetch too: pages are only ever added once)
        QCOMPARE(f.model.rowCount(), 5001);
        QCOMPARE(inserted.size(), 26); // 25 full pages and the last one
        // By name: "Member 00001" … then "Olga Owner".
        QCOMPARE(f.model.data(f.model.index(0, MemberListModel::NameColumn)).toString(), u"Member 00001"_s);
        QCOMPARE(f.model.data(f.model.index(4999, MemberListModel::NameColumn)).toString(), u"Member 05000"_s);
        QCOMPARE(f.model.data(f.model.index(5000, MemberListModel::NameColumn)).toString(), u"Olga Owner"_s);
        QVERIFY(!f.model.canFetchMore({}));
    }

    void searchFilterAndSortAreTheServers()
    {
        Fixture f(300);
        f.model.setWorkspace(f.ws);
        QTRY_VERIFY(f.model.rowCount() > 0);

        f.model.setSearch(u"member0029"_s);
        QTRY_COMPARE(f.model.total(), 10); // member00290 … member00299
        QCOMPARE(f.model.rowCount(), 10);

        f.model.setSearch(u"100% sure"_s); // metacharacters are text
        QTRY_VERIFY(!f.model.isLoading());
        QCOMPARE(f.model.rowCount(), 0);

        f.model.setSearch(QString());
        f.model.setRoleFilter(f.server.builtinRoleId(f.owner, f.ws, u"owner"_s));
        QTRY_COMPARE(f.model.total(), 1);
        QCOMPARE(f.model.data(f.model.index(0, MemberListModel::EmailColumn)).toString(), f.owner.email);

        f.model.setRoleFilter({});
        f.model.sort(MemberListModel::JoinedColumn, Qt::DescendingOrder);
        QTRY_COMPARE(f.model.total(), 301);
        QTRY_VERIFY(f.model.rowCount() > 0);
        QCOMPARE(f.model.data(f.model.index(0, MemberListModel::NameColumn)).toString(), u"Member 00300"_s);
    }

    void roleChangesUpdateOneRowWithoutAReset()
    {
        Fixture f(50);
        f.model.setWorkspace(f.ws);
        QTRY_COMPARE(f.model.rowCount(), 51);
        QSignalSpy resets(&f.model, &MemberListModel::modelReset);
        QSignalSpy changed(&f.model, &MemberListModel::dataChanged);
        const QString admin = f.server.builtinRoleId(f.owner, f.ws, u"admin"_s);

        std::optional<ApiError> outcome;
        f.model.changeRole(3, admin, this, [&outcome](const ApiError& error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->isError());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 3);
        QCOMPARE(f.model.data(f.model.index(3, MemberListModel::RoleColumn)).toString(), u"Admin"_s);

        // The row's new version is kept: a second change goes through too.
        outcome.reset();
        f.model.changeRole(3, f.support, this, [&outcome](const ApiError& error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->isError());
        QCOMPARE(f.model.data(f.model.index(3, MemberListModel::RoleColumn)).toString(), u"Support"_s);

        // A refusal changes nothing and says why.
        outcome.reset();
        const int ownerRow = 50;
        QCOMPARE(f.model.data(f.model.index(ownerRow, MemberListModel::EmailColumn)).toString(), f.owner.email);
        f.model.changeRole(ownerRow, admin, this, [&outcome](const ApiError& error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->code, u"own_role"_s);
        QCOMPARE(f.model.data(f.model.index(ownerRow, MemberListModel::RoleColumn)).toString(), u"Owner"_s);
    }

    void removalRemovesTheRow()
    {
        Fixture f(5);
        f.model.setWorkspace(f.ws);
        QTRY_COMPARE(f.model.rowCount(), 6);
        const QString removed = f.model.data(f.model.index(2, 0), MemberListModel::UserIdRole).toString();
        std::optional<ApiError> outcome;
        f.model.removeMember(2, this, [&outcome](const ApiError& error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(f.model.rowCount(), 5);
        QCOMPARE(f.model.total(), 5);
        for (int row = 0; row < f.model.rowCount(); ++row)
            QVERIFY(f.model.data(f.model.index(row, 0), MemberListModel::UserIdRole).toString() != removed);
    }
};

QTEST_GUILESS_MAIN(TestMemberListModel)
#include "tst_memberlistmodel.moc"
