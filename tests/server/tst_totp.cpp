#include "auth/Totp.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::server::Totp;

// One-time codes as authenticator apps compute them (RFC 6238 test vectors, SHA-1).
class TestTotp : public QObject
{
    Q_OBJECT

    static QByteArray rfcSecret() { return QByteArrayLiteral("12345678901234567890"); }

private Q_SLOTS:
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        // The RFC's 8-digit codes, last six digits.
        QTest::newRow("59") << qint64(59) << u"287082"_s;
        QTest::newRow("1111111109") << qint64(1111111109) << u"081804"_s;
        QTest::newRow("1111111111") << qint64(1111111111) << u"050471"_s;
        QTest::newRow("1234567890") << qint64(1234567890) << u"005924"_s;
        QTest::newRow("2000000000") << qint64(2000000000) << u"279037"_s;
        QTest::newRow("20000000000") << qint64(20000000000) << u"353130"_s;
    }

    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(Totp::code(rfcSecret(), time), code);
    }

    void aCodeFromTheNeighbouringStepIsAcceptedButNoFurther()
    {
        const QByteArray secret = Totp::newSecret();
        const qint64 now = 1'800'000'000;
        QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, now), now), now / 30);
        QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, now - 30), now), now / 30 - 1);
        QCOMPARE(Totp::matchingStep(secret, Totp::code(secret, now + 30), now), now / 30 + 1);
        QVERIFY(!Totp::matchingStep(secret, Totp::code(secret, now - 90), now));
        QVERIFY(!Totp::matchingStep(secret, u"12345"_s, now)); // too short
        QVERIFY(!Totp::matchingStep(secret, u"abcdef"_s, now));
        const QString spaced = Totp::code(secret, now).insert(3, u' ');
        QVERIFY(Totp::matchingStep(secret, spaced, now)); // "123 456", as apps show it
    }

    void base32RoundTripsAndForgivesHowPeopleCopyIt()
    {
        QCOMPARE(Totp::toBase32(QByteArrayLiteral("foobar")), u"MZXW6YTBOI"_s); // RFC 4648, unpadded
        const QByteArray secret = Totp::newSecret();
        QCOMPARE(secret.size(), 20);
        const QString text = Totp::toBase32(secret);
        QCOMPARE(text.size(), 32);
        QCOMPARE(Totp::fromBase32(text), secret);
        QCOMPARE(Totp::fromBase32(text.toLower().insert(4, u' ')), secret);
        QVERIFY(!Totp::fromBase32(u"MZXW1"_s)); // 1 is not in the alphabet
    }

    void theProvisioningUriIsWhatAuthenticatorAppsRead()
    {
        const QString uri = Totp::provisioningUri(rfcSecret(), u"ann@acme.example"_s, u"Nacre"_s);
        QVERIFY(uri.startsWith(u"otpauth://totp/Nacre:ann@acme.example?secret="_s));
        QVERIFY(uri.contains(u"secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&"_s));
        QVERIFY(uri.contains(u"&issuer=Nacre"_s));
        QVERIFY(uri.contains(u"&digits=6&period=30"_s));
    }
};

QTEST_MAIN(TestTotp)
#include "tst_totp.moc"
