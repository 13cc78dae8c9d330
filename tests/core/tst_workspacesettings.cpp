#include "domain/WorkspaceSettings.h"
#include "support/JsonTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::WorkspaceSettings;
using nacre::test::describe;
using nacre::test::hasError;

class TestWorkspaceSettings : public QObject
{
    Q_OBJECT

    static WorkspaceSettings sample()
    {
        WorkspaceSettings settings;
        settings.name = u"Acme Support"_s;
        settings.billingEmail = u"billing@acme.example"_s;
        settings.notificationsEmail = u"alerts@acme.example"_s;
        settings.newsletter = true;
        settings.sessionTimeoutMinutes = 120;
        settings.publicRecordings = true;
        settings.requireTwoFactor = true;
        settings.defaultRoleId = u"0b6a3c52-7f3e-4a4e-9d7b-0d2f9a1c5e11"_s;
        return settings;
    }

private Q_SLOTS:
    void codecContract()
    {
        nacre::test::verifyCodecContract(sample(), {u"billingEmail"_s, u"notificationsEmail"_s, u"defaultRoleId"_s});
    }

    void emailsAreOptional()
    {
        WorkspaceSettings settings = sample();
        settings.billingEmail.clear();
        settings.notificationsEmail.clear();
        QCOMPARE(settings.toJson().value(u"billingEmail"_s), QJsonValue(QJsonValue::Null));
        QJsonObject json = settings.toJson();
        json.insert(u"notificationsEmail"_s, u"  "_s);
        const auto parsed = WorkspaceSettings::fromJson(json);
        QVERIFY2(parsed.isOk(), qPrintable(describe(parsed.errors())));
        QCOMPARE(parsed.value(), settings);
    }

    void rulesAreApplied_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("blank name") << u"name"_s << QJsonValue(u" "_s) << u"required"_s;
        QTest::newRow("long name") << u"name"_s << QJsonValue(QString(101, u'x')) << u"too_long"_s;
        QTest::newRow("control in name") << u"name"_s << QJsonValue(u"a\u0007b"_s) << u"control_character"_s;
        QTest::newRow("bad billing email") << u"billingEmail"_s << QJsonValue(u"billing@"_s) << u"invalid_email"_s;
        QTest::newRow("bad notifications email")
            << u"notificationsEmail"_s << QJsonValue(u"alerts"_s) << u"invalid_email"_s;
        QTest::newRow("timeout too short") << u"sessionTimeoutMinutes"_s << QJsonValue(29) << u"out_of_range"_s;
        QTest::newRow("timeout too long") << u"sessionTimeoutMinutes"_s << QJsonValue(4321) << u"out_of_range"_s;
        QTest::newRow("timeout fraction") << u"sessionTimeoutMinutes"_s << QJsonValue(60.5) << u"wrong_type"_s;
    }

    void rulesAreApplied()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject json = sample().toJson();
        json.insert(key, value);
        const auto parsed = WorkspaceSettings::fromJson(json);
        QVERIFY(!parsed.isOk());
        QCOMPARE(parsed.errors().size(), 1); // one problem, one message
        QVERIFY2(hasError(parsed.errors(), key, code), qPrintable(describe(parsed.errors())));
    }

    void changesNameOnlyWhatDiffers()
    {
        const WorkspaceSettings before = sample();
        WorkspaceSettings after = before;
        QCOMPARE(WorkspaceSettings::changes(before, after), QJsonObject {});
        after.sessionTimeoutMinutes = 90;
        after.billingEmail.clear();
        QJsonObject previous;
        QCOMPARE(WorkspaceSettings::changes(before, after, &previous),
            (QJsonObject {{u"sessionTimeoutMinutes"_s, 90}, {u"billingEmail"_s, QJsonValue::Null}}));
        QCOMPARE(previous,
            (QJsonObject {{u"sessionTimeoutMinutes"_s, 120}, {u"billingEmail"_s, u"billing@acme.example"_s}}));
    }

    void valuesAreNormalized()
    {
        QJsonObject json = sample().toJson();
        json.insert(u"name"_s, u"  Acme  "_s);
        json.insert(u"billingEmail"_s, u" Billing@ACME.example "_s);
        const auto parsed = WorkspaceSettings::fromJson(json);
        QVERIFY(parsed.isOk());
        QCOMPARE(parsed.value().name, u"Acme"_s);
        QCOMPARE(parsed.value().billingEmail, u"billing@acme.example"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSettings)
#include "tst_workspacesettings.moc"
