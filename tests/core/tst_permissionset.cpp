#include "permissions/PermissionSet.h"
#include "support/JsonTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::Permission;
using nacre::PermissionSet;

Q_DECLARE_METATYPE(nacre::PermissionSet)

class TestPermissionSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subset_data()
    {
        QTest::addColumn<PermissionSet>("candidate");
        QTest::addColumn<PermissionSet>("holder");
        QTest::addColumn<bool>("isSubset");

        const PermissionSet users {Permission::ResourcesUsers};
        const PermissionSet usersAndCalls {Permission::ResourcesUsers, Permission::CallsView};
        QTest::newRow("empty in empty") << PermissionSet {} << PermissionSet {} << true;
        QTest::newRow("empty in any") << PermissionSet {} << users << true;
        QTest::newRow("equal") << usersAndCalls << usersAndCalls << true;
        QTest::newRow("smaller") << users << usersAndCalls << true;
        QTest::newRow("larger") << usersAndCalls << users << false;
        QTest::newRow("disjoint") << PermissionSet {Permission::BillingManage} << users << false;
        QTest::newRow("anything in all") << usersAndCalls << PermissionSet::all() << true;
        QTest::newRow("all in all but one")
            << PermissionSet::all() << PermissionSet::all().subtracted({Permission::AuditLogView}) << false;
        QTest::newRow("one in empty") << users << PermissionSet {} << false;
    }

    void subset()
    {
        QFETCH(PermissionSet, candidate);
        QFETCH(PermissionSet, holder);
        QFETCH(bool, isSubset);
        QCOMPARE(candidate.isSubsetOf(holder), isSubset);
    }

    void setOperations()
    {
        const PermissionSet a {Permission::CallsView, Permission::LeadsManage};
        const PermissionSet b {Permission::LeadsManage, Permission::BillingManage};
        QCOMPARE(
            a.united(b), (PermissionSet {Permission::CallsView, Permission::LeadsManage, Permission::BillingManage}));
        QCOMPARE(a.intersected(b), PermissionSet {Permission::LeadsManage});
        QCOMPARE(a.subtracted(b), PermissionSet {Permission::CallsView});
        QCOMPARE(PermissionSet::all().count(), nacre::PermissionCatalog::Count);
        PermissionSet c = a;
        c.remove(Permission::CallsView);
        c.insert(Permission::LeadsManage);
        QCOMPARE(c, PermissionSet {Permission::LeadsManage});
        QVERIFY(!c.contains(Permission::CallsView));
    }

    void idsAreInCatalogOrder()
    {
        const PermissionSet set {Permission::BillingManage, Permission::PearlsManage, Permission::ResourcesUsers};
        QCOMPARE(set.toIds(), (QStringList {u"pearls.manage"_s, u"resources.users"_s, u"billing.manage"_s}));
        QCOMPARE(set.toJson(), QJsonArray::fromStringList(set.toIds()));
    }

    void fromIds_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("badFields");

        QTest::newRow("none") << QStringList {} << true << QStringList {};
        QTest::newRow("all known") << QStringList {u"calls.view"_s, u"leads.manage"_s} << true << QStringList {};
        QTest::newRow("repeated ids fold") << QStringList {u"calls.view"_s, u"calls.view"_s} << true << QStringList {};
        QTest::newRow("one unknown") << QStringList {u"calls.view"_s, u"calls.delete"_s} << false
                                     << QStringList {u"permissions[1]"_s};
        QTest::newRow("two unknown") << QStringList {u"x"_s, u"calls.view"_s, u""_s} << false
                                     << QStringList {u"permissions[0]"_s, u"permissions[2]"_s};
        QTest::newRow("wrong case") << QStringList {u"CALLS.VIEW"_s} << false << QStringList {u"permissions[0]"_s};
    }

    void fromIds()
    {
        QFETCH(QStringList, ids);
        QFETCH(bool, ok);
        QFETCH(QStringList, badFields);

        const auto result = PermissionSet::fromIds(ids);
        QCOMPARE(result.isOk(), ok);
        QStringList fields;
        for (const nacre::FieldError& error : result.errors()) {
            fields.append(error.field);
            QCOMPARE(error.code, u"unknown_permission"_s);
            QVERIFY(!error.message.isEmpty());
        }
        QCOMPARE(fields, badFields);
        if (ok)
            QCOMPARE(result.value().toIds().size(), QSet<QString>(ids.cbegin(), ids.cend()).size());
    }

    void fromJsonRejectsWrongTypes_data()
    {
        QTest::addColumn<QJsonValue>("json");
        QTest::addColumn<QString>("field");

        QTest::newRow("string") << QJsonValue(u"calls.view"_s) << u"permissions"_s;
        QTest::newRow("object") << QJsonValue(QJsonObject {}) << u"permissions"_s;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"permissions"_s;
        QTest::newRow("number in list") << QJsonValue(QJsonArray {u"calls.view"_s, 3}) << u"permissions[1]"_s;
        QTest::newRow("null in list") << QJsonValue(QJsonArray {QJsonValue::Null}) << u"permissions[0]"_s;
    }

    void fromJsonRejectsWrongTypes()
    {
        QFETCH(QJsonValue, json);
        QFETCH(QString, field);
        const auto result = PermissionSet::fromJson(json);
        QVERIFY(!result.isOk());
        QVERIFY2(nacre::test::hasError(result.errors(), field, u"wrong_type"_s),
            qPrintable(nacre::test::describe(result.errors())));
    }

    void jsonRoundTrip()
    {
        const PermissionSet set {Permission::SettingsAdvanced, Permission::AnalyticsView};
        const auto result = PermissionSet::fromJson(set.toJson());
        QVERIFY(result.isOk());
        QCOMPARE(result.value(), set);
    }
};

QTEST_GUILESS_MAIN(TestPermissionSet)
#include "tst_permissionset.moc"
