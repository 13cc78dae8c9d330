#include "domain/ApiKey.h"
#include "support/JsonTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::ApiKey;
using nacre::Permission;

class TestApiKey : public QObject
{
    Q_OBJECT

    static ApiKey sample()
    {
        ApiKey key;
        key.id = u"12345678-90ab-4cde-8f01-234567890abc"_s;
        key.name = u"CRM sync"_s;
        key.prefix = u"nk_3fa9"_s;
        key.permissions = {Permission::LeadsManage, Permission::CallsView};
        key.createdBy = {u"9b1d7e2a-3c4f-4a5b-8c6d-7e8f9a0b1c2d"_s, u"Åsa Lindqvist"_s};
        key.createdAt = QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
        key.lastUsedAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        key.lastUsedAddress = u"203.0.113.7"_s;
        key.expiresAt = QDateTime(QDate(2027, 5, 6), QTime(7, 8, 9), Qt::UTC);
        return key;
    }

private Q_SLOTS:
    void codecContract()
    {
        nacre::test::verifyCodecContract(
            sample(), {u"createdBy"_s, u"lastUsedAt"_s, u"lastUsedAddress"_s, u"expiresAt"_s});
    }

    void neverUsedAndNeverExpiringAreNull()
    {
        ApiKey key = sample();
        key.lastUsedAt = {};
        key.expiresAt = {};
        const QJsonObject json = key.toJson();
        QVERIFY(json.value(u"lastUsedAt"_s).isNull());
        QVERIFY(json.value(u"expiresAt"_s).isNull());
        QVERIFY(!json.contains(u"secret"_s)); // a listed key never carries its secret
        QCOMPARE(ApiKey::fromJson(json).value(), key);
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
