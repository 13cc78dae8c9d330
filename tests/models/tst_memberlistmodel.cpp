#include "members/MemberListModel.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
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

        QString nameAt(int row) const { return model.data(model.index(row, MemberListModel::NameColumn)).toString(); }
    };

private Q_SLOTS:
    // Issue 10, item 8: the scroll bar is the whole list's, and the end is one page away.
    void rowsAreTheWholeListAndThePageShownIsTheOneLoaded()
    {
        Fixture f(5000);
        QSignalSpy inserted(&f.model, &MemberListModel::rowsInserted);
        f.model.setWorkspace(f.ws);
        QTRY_VERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.size(), 1); // one insertion of every row the server counts
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 5000);
        QCOMPARE(f.model.total(), 5001);
        QCOMPARE(f.model.rowCount(), 5001);
        QTRY_VERIFY(!f.model.isLoading());
        QCOMPARE(f.model.loadedCount(), MemberListModel::PageSize);
        QCOMPARE(f.nameAt(0), u"Member 00001"_s);

        // Ctrl+End: the last row reads "Loading…", then its page (and only it) arrives.
        QCOMPARE(f.nameAt(5000), u"Loading…"_s);
        QVERIFY(!f.model.isLoaded(5000));
        QVERIFY(!f.model.flags(f.model.index(5000, MemberListModel::RoleColumn)).testFlag(Qt::ItemIsEditable));
        QTRY_COMPARE(f.nameAt(5000), u"Olga Owner"_s);
        QCOMPARE(f.nameAt(4999), u"Loading…"_s); // on the page before, not loaded on the way
        QTRY_COMPARE(f.nameAt(4999), u"Member 05000"_s);
        QTRY_VERIFY(!f.model.isLoading());
        QCOMPARE(f.model.loadedCount(), MemberListModel::PageSize * 2 + 1);

        // A scroll bar dragged through the middle: only the last pages asked for are loaded.
        QSignalSpy loading(&f.model, &MemberListModel::loadingChanged);
        for (int row = 200; row < 4800; row += 40)
            f.nameAt(row);
        // Loading starts once the view stops moving, and ends (watched by signal: it can be quick).
        QTRY_VERIFY(loading.size() >= 2 && !f.model.isLoading());
        QVERIFY(f.model.loadedCount() <= MemberListModel::PageSize * (2 + MemberListModel::MaxPagesPerMove) + 1);
        QCOMPARE(f.nameAt(4790), u"Member 04791"_s);
        QCOMPARE(f.nameAt(2500), u"Loading…"_s);
        QTRY_COMPARE(f.nameAt(2500), u"Member 02501"_s);
    }

    void aListThatShrankEndsWhereTheServerSays()
    {
        Fixture f(450);
        f.model.setWorkspace(f.ws);
        QTRY_COMPARE(f.model.rowCount(), 451);
        // 60 members leave after the count: the last page comes back short.
        const QString path = u"/api/v1/workspaces/"_s + f.ws + u"/members"_s;
        const QJsonArray leaving = f.server.get(path + u"?limit=60&sort=-joined"_s, f.owner.token).items();
        QCOMPARE(leaving.size(), 60);
        for (const QJsonValue& member : leaving) {
            const QString userId = member.toObject().value(u"userId"_s).toString();
            QCOMPARE(f.server.send("DELETE", path + u'/' + userId, QJsonValue::Undefined, f.owner.token).status, 204);
        }
        QSignalSpy totals(&f.model, &MemberListModel::totalChanged);
        QCOMPARE(f.nameAt(450), u"Loading…"_s);
        QTRY_COMPARE(f.model.rowCount(), 391);
        QCOMPARE(f.model.total(), 391);
        QCOMPARE(totals.last().first().toLongLong(), 391);
        QTRY_COMPARE(f.nameAt(390), u"Olga Owner"_s);
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

    // Someone else removed a member while this list still shows them: changing their role or
    // removing them is refused as not found, and the row leaves the list instead of lingering.
    void aMemberRemovedElsewhereLeavesTheList()
    {
        Fixture f(5);
        f.model.setWorkspace(f.ws);
        QTRY_COMPARE(f.model.rowCount(), 6);
        const auto removeOnServer = [&f](int row) {
            const QString userId = f.model.data(f.model.index(row, 0), MemberListModel::UserIdRole).toString();
            f.server.send("DELETE", u"/api/v1/workspaces/%1/members/%2"_s.arg(f.ws, userId), {}, f.owner.token);
            return userId;
        };
        const QString first = removeOnServer(1);
        QCOMPARE(f.server.get(u"/api/v1/workspaces/%1/members/%2"_s.arg(f.ws, first), f.owner.token).status, 404);
        std::optional<ApiError> outcome;
        f.model.changeRole(1, f.server.builtinRoleId(f.owner, f.ws, u"admin"_s), this,
            [&outcome](const ApiError& error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->is(nacre::ProblemCode::NotFound));
        QCOMPARE(f.model.rowCount(), 5);
        QCOMPARE(f.model.total(), 5);
        QCOMPARE(f.model.rowOf(first), -1);

        const QString second = removeOnServer(1);
        outcome.reset();
        f.model.removeMember(1, this, [&outcome](const ApiError& error) { outcome = error; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->is(nacre::ProblemCode::NotFound));
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.rowOf(second), -1);
    }
};

QTEST_GUILESS_MAIN(TestMemberListModel)
#include "tst_memberlistmodel.moc"
