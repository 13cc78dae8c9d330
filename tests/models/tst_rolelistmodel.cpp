#include "roles/RoleListModel.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using namespace nacre::client;

class TestRoleListModel : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TestServer server;
        QString ws;
        test::Account owner;
        ApiClient api;
        RoleListModel model {api};
        QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

        Fixture()
        {
            owner = server.setUp(&ws);
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            api.setToken(owner.token);
        }

        QStringList names() const
        {
            QStringList result;
            for (const Role& role : model.roles())
                result.append(role.name);
            return result;
        }

        ApiError wait(std::function<void(RoleListModel::Done)> action)
        {
            std::optional<ApiError> error;
            action([&error](const ApiError& e, const QString&) { error = e; });
            if (!QTest::qWaitFor([&error] { return error.has_value(); }, 10000))
                qFatal("no answer");
            return *error;
        }
    };

private Q_SLOTS:
    void createEditAndDeleteRoles()
    {
        Fixture f;
        QSignalSpy loaded(&f.model, &RoleListModel::loaded);
        f.model.setWorkspace(f.ws);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(f.names(), (QStringList {u"Owner"_s, u"Admin"_s, u"Member"_s}));
        QCOMPARE(f.model.data(f.model.index(0, RoleListModel::NameColumn)).toString(), u"Owner (built in)"_s);
        QCOMPARE(f.model.data(f.model.index(0, RoleListModel::MembersColumn)).toInt(), 1);

        QVERIFY(!f.wait([&](auto done) {
                      f.model.create(u"Support"_s, {Permission::CallsView, Permission::LeadsManage}, this, done);
                  }).isError());
        QTRY_COMPARE(f.names(), (QStringList {u"Owner"_s, u"Admin"_s, u"Member"_s, u"Support"_s}));
        QCOMPARE(f.model.data(f.model.index(3, RoleListModel::PermissionsColumn)).toString(),
            u"2 permission(s)"_s /* no translator in this test: the source text */);

        const ApiError clash = f.wait([&](auto done) { f.model.create(u"SUPPORT"_s, {}, this, done); });
        QCOMPARE(clash.code, u"role_name_taken"_s);

        const QString support = f.model.roles().at(3).id;
        QSignalSpy changed(&f.model, &RoleListModel::dataChanged);
        QVERIFY(!f.wait([&](auto done) {
                      f.model.update(support, u"Support"_s, {Permission::CallsView}, this, done);
                  }).isError());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.model.role(support)->permissions, PermissionSet {Permission::CallsView});
        // The kept ETag lets a second edit through.
        QVERIFY(!f.wait([&](auto done) {
                      f.model.update(support, u"Aaa Support"_s, {Permission::CallsView}, this, done);
                  }).isError());
        QTRY_COMPARE(f.names(), (QStringList {u"Owner"_s, u"Admin"_s, u"Member"_s, u"Aaa Support"_s}));

        QVERIFY(!f.wait([&](auto done) { f.model.remove(support, this, done); }).isError());
        QCOMPARE(f.names(), (QStringList {u"Owner"_s, u"Admin"_s, u"Member"_s}));
        const ApiError builtin = f.wait([&](auto done) { f.model.remove(f.model.roles().at(1).id, this, done); });
        QCOMPARE(builtin.code, u"builtin_role"_s);
        QCOMPARE(f.model.rowCount(), 3);
    }

    void duplicatesGetAFreeName()
    {
        Fixture f;
        f.server.createRole(f.owner, f.ws, u"Support"_s, {});
        f.server.createRole(f.owner, f.ws, u"Copy of Support"_s, {});
        QSignalSpy loaded(&f.model, &RoleListModel::loaded);
        f.model.setWorkspace(f.ws);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(f.model.duplicateName(u"Support"_s), u"Copy of Support (2)"_s);
        QCOMPARE(f.model.duplicateName(u"Billing"_s), u"Copy of Billing"_s);
        const QString longName(50, u'x');
        QVERIFY(f.model.duplicateName(longName).size() <= 50);
    }
};

QTEST_GUILESS_MAIN(TestRoleListModel)
#include "tst_rolelistmodel.moc"
