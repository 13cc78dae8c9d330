#include "domain/UserProfile.h"
#include "support/JsonTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::UserProfile;
using nacre::test::describe;
using nacre::test::hasError;

class TestUserProfile : public QObject
{
    Q_OBJECT

    static UserProfile sample()
    {
        UserProfile profile;
        profile.id = u"9b1d7e2a-3c4f-4a5b-8c6d-7e8f9a0b1c2d"_s;
        profile.email = u"asa@acme.example"_s;
        profile.displayName = u"Åsa Lindqvist"_s;
        profile.locale = u"sv_SE"_s;
        profile.timeZone = u"Europe/Stockholm"_s;
        profile.twoFactorEnabled = true;
        profile.createdAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
        return profile;
    }

private Q_SLOTS:
    void codecContract() { nacre::test::verifyCodecContract(sample()); }

    void preferencesAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown language") << u"locale"_s << u"xx_YY"_s;
        QTest::newRow("unknown time zone") << u"timeZone"_s << u"Europe/Atlantis"_s;
    }

    void preferencesAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QJsonObject json = sample().toJson();
        json.insert(key, value);
        const auto parsed = UserProfile::fromJson(json);
        QVERIFY2(hasError(parsed.errors(), key, u"unknown_value"_s), qPrintable(describe(parsed.errors())));
    }
};

QTEST_GUILESS_MAIN(TestUserProfile)
#include "tst_userprofile.moc"
