#include "domain/Role.h"
#include "support/JsonTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::BuiltinRole;
using nacre::Permission;
using nacre::Role;
using nacre::test::describe;
using nacre::test::hasError;

class TestRole : public QObject
{
    Q_OBJECT

    static Role sample()
    {
        return Role {u"6a0c3c1e-1b7a-4f63-8f6e-2d1b5c9a7e10"_s, u"Support"_s, BuiltinRole::None,
            nacre::PermissionSet {Permission::CallsView, Permission::LeadsManage}, 4};
    }

private Q_SLOTS:
    void codecContract() { nacre::test::verifyCodecContract(sample()); }

    void builtinRolesRoundTrip()
    {
        const Role owner {u"11111111-1111-4111-8111-111111111111"_s, u"Owner"_s, BuiltinRole::Owner,
            nacre::BuiltinRoles::permissions(BuiltinRole::Owner), 1};
        QCOMPARE(owner.toJson().value(u"builtin"_s).toString(), u"owner"_s);
        const auto parsed = Role::fromJson(owner.toJson());
        QVERIFY(parsed.isOk());
        QVERIFY(parsed.value().isBuiltin());
        QCOMPARE(parsed.value().ref().displayName(), u"Owner"_s);
    }

    void builtinRolesHoldEverything()
    {
        QCOMPARE(nacre::BuiltinRoles::permissions(BuiltinRole::Owner), nacre::PermissionSet::all());
        QCOMPARE(nacre::BuiltinRoles::permissions(BuiltinRole::Admin), nacre::PermissionSet::all());
        QVERIFY(nacre::BuiltinRoles::permissions(BuiltinRole::None).isEmpty());
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown permission") << u"permissions"_s << QJsonValue(QJsonArray {u"calls.view"_s, u"x"_s})
                                            << u"permissions[1]"_s << u"unknown_permission"_s;
        QTest::newRow("unknown builtin") << u"builtin"_s << QJsonValue(u"superuser"_s) << u"builtin"_s
                                         << u"unknown_value"_s;
        QTest::newRow("negative count") << u"memberCount"_s << QJsonValue(-1) << u"memberCount"_s << u"out_of_range"_s;
        QTest::newRow("long name") << u"name"_s << QJsonValue(QString(51, u'r')) << u"name"_s << u"too_long"_s;
        QTest::newRow("id not a uuid") << u"id"_s << QJsonValue(u"7"_s) << u"id"_s << u"invalid_format"_s;
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QJsonObject json = sample().toJson();
        json.insert(key, value);
        const auto parsed = Role::fromJson(json, u"roles[3]"_s);
        QVERIFY(!parsed.isOk());
        QVERIFY2(hasError(parsed.errors(), u"roles[3]."_s + field, code), qPrintable(describe(parsed.errors())));
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
