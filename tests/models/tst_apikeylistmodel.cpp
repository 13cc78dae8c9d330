#include "apikeys/ApiKeyListModel.h"
#include "security/WorkspaceSessionsModel.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using namespace nacre::client;

// The client's models of issue 14's API keys and members' sessions, against the real server: what
// the pages of the window will be built on.
class TestApiKeyListModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        ApiClient api;

        Fixture()
        {
            owner = server.setUp(&ws);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
        }
    };

    template <typename Condition>
    static void waitFor(Condition condition)
    {
        QVERIFY(QTest::qWaitFor(condition, 10000));
    }

private Q_SLOTS:
    void createShowsTheSecretOnceListsAndRevokes()
    {
        Fixture f;
        ApiKeyListModel model(f.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(f.ws);
        waitFor([&] { return !model.isLoading(); });
        QCOMPARE(model.rowCount(), 0);

        QString secret;
        std::optional<ApiError> error;
        model.create({u"CRM sync"_s, {Permission::CallsView, Permission::LeadsManage},
                         QDateTime::currentDateTimeUtc().addDays(3)},
            &model, [&](const QString& s, const ApiError& e) {
                secret = s;
                error = e;
            });
        waitFor([&] { return error.has_value(); });
        QVERIFY(!error->isError());
        QVERIFY(secret.startsWith(u"nk_"_s));
        waitFor([&] { return model.rowCount() == 1; });
        const QModelIndex name = model.index(0, ApiKeyListModel::NameColumn);
        QVERIFY(name.data().toString().startsWith(u"CRM sync  (nk_"_s));
        QVERIFY(!name.data().toString().contains(secret));
        QCOMPARE(model.index(0, ApiKeyListModel::PermissionsColumn).data().toString(), u"Manage leads, View calls"_s);
        QCOMPARE(model.index(0, ApiKeyListModel::LastUsedColumn).data().toString(), u"Never"_s);
        // Three days out: it warns.
        QVERIFY(model.index(0, ApiKeyListModel::ExpiresColumn).data(ApiKeyListModel::ExpiringRole).toBool());
        QVERIFY(model.index(0, ApiKeyListModel::ExpiresColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"stops working"_s));

        error.reset();
        model.revoke(model.key(0).id, &model, [&](const ApiError& e) { error = e; });
        waitFor([&] { return error.has_value(); });
        QVERIFY(!error->isError());
        waitFor([&] { return model.rowCount() == 0; });

        // A refusal comes back as the server's reason.
        error.reset();
        model.create({u"Too much"_s, {}, {}}, &model, [&](const QString&, const ApiError& e) { error = e; });
        waitFor([&] { return error.has_value(); });
        QVERIFY(error->isError());
        QVERIFY(!error->fieldMessage(u"permissions"_s).isEmpty());
    }

    void membersSessionsAreListedFilteredAndEnded()
    {
        Fixture f;
        const QString support = f.server.createRole(f.owner, f.ws, u"Support"_s, {u"calls.view"_s});
        const test::Account sam = f.server.addMember(f.owner, f.ws, support, u"sam@acme.example"_s);
        f.server.signIn(u"sam@acme.example"_s);
        WorkspaceSessionsModel model(f.api);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(f.ws);
        waitFor([&] { return !model.isLoading() && model.rowCount() == 3; });
        int mine = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            mine += model.session(row).current ? 1 : 0;
        QCOMPARE(mine, 1);
        model.setMemberFilter(sam.id);
        waitFor([&] { return !model.isLoading() && model.rowCount() == 2; });
        QCOMPARE(model.index(0, WorkspaceSessionsModel::MemberColumn).data(Qt::ToolTipRole).toString(),
            u"sam@acme.example"_s);

        std::optional<ApiError> error;
        model.endSession(model.session(0).id, &model, [&](const ApiError& e) { error = e; });
        waitFor([&] { return error.has_value(); });
        QVERIFY(!error->isError());
        waitFor([&] { return !model.isLoading() && model.rowCount() == 1; });

        int ended = -1;
        error.reset();
        model.signOutMember(sam.id, &model, [&](int count, const ApiError& e) {
            ended = count;
            error = e;
        });
        waitFor([&] { return error.has_value(); });
        QCOMPARE(ended, 1);
        waitFor([&] { return !model.isLoading() && model.rowCount() == 0; });
        QCOMPARE(f.server.get(u"/api/v1/me"_s, sam.token).status, 401);
    }
};

QTEST_MAIN(TestApiKeyListModel)
#include "tst_apikeylistmodel.moc"
