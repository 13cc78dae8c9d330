#include "support/JsonTestSupport.h"
#include "validation/EmailAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::EmailAddress;

class TestEmailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("plain") << u"ann@example.com"_s << u"ann@example.com"_s;
        QTest::newRow("trimmed") << u"  ann@example.com \n"_s << u"ann@example.com"_s;
        QTest::newRow("lower-cased") << u"Ann.Lee@Example.COM"_s << u"ann.lee@example.com"_s;
        QTest::newRow("plus tag") << u"ann+nacre@example.com"_s << u"ann+nacre@example.com"_s;
        QTest::newRow("atext specials") << u"a!#$%&'*+-/=?^_`{|}~@example.com"_s
                                        << u"a!#$%&'*+-/=?^_`{|}~@example.com"_s;
        QTest::newRow("subdomains") << u"ops@mail.eu.example.co.uk"_s << u"ops@mail.eu.example.co.uk"_s;
        QTest::newRow("hyphen in label") << u"x@my-company.example"_s << u"x@my-company.example"_s;
        QTest::newRow("digits in domain") << u"x@123.example.com"_s << u"x@123.example.com"_s;
        QTest::newRow("IDN domain") << u"jorg@Bücher.de"_s << u"jorg@bücher.de"_s;
        QTest::newRow("punycode domain") << u"kim@xn--bcher-kva.de"_s << u"kim@bücher.de"_s;
        QTest::newRow("quoted local part") << u"\"ann lee\"@example.com"_s << u"\"ann lee\"@example.com"_s;
        QTest::newRow("quoted with escaped quote") << u"\"a\\\"b\"@example.com"_s << u"\"a\\\"b\"@example.com"_s;
        QTest::newRow("quoted with @") << u"\"a@b\"@example.com"_s << u"\"a@b\"@example.com"_s;
        QTest::newRow("local part of 64")
            << (QString(64, u'a') + u"@example.com"_s) << (QString(64, u'a') + u"@example.com"_s);
        // 64 + 1 + 189 = 254 characters: the longest address there is.
        const QString domain254 = QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(57, u'd') + u".com"_s;
        QTest::newRow("254 characters") << (QString(64, u'a') + u'@' + domain254)
                                        << (QString(64, u'a') + u'@' + domain254);
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const auto result = EmailAddress::normalized(input);
        QVERIFY2(result.isOk(), qPrintable(nacre::test::describe(result.errors())));
        QCOMPARE(result.value(), normalized);
        QVERIFY(EmailAddress::isValid(input));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");

        QTest::newRow("empty") << u""_s << u"required"_s;
        QTest::newRow("blank") << u"   "_s << u"required"_s;
        QTest::newRow("no at") << u"ann.example.com"_s << u"invalid_email"_s;
        QTest::newRow("nothing before at") << u"@example.com"_s << u"invalid_email"_s;
        QTest::newRow("nothing after at") << u"ann@"_s << u"invalid_email"_s;
        QTest::newRow("two ats") << u"ann@lee@example.com"_s << u"invalid_email"_s;
        QTest::newRow("space inside") << u"ann lee@example.com"_s << u"invalid_email"_s;
        QTest::newRow("leading dot") << u".ann@example.com"_s << u"invalid_email"_s;
        QTest::newRow("trailing dot in local part") << u"ann.@example.com"_s << u"invalid_email"_s;
        QTest::newRow("double dot in local part") << u"ann..lee@example.com"_s << u"invalid_email"_s;
        QTest::newRow("trailing dot in domain") << u"ann@example.com."_s << u"invalid_email"_s;
        QTest::newRow("double dot in domain") << u"ann@example..com"_s << u"invalid_email"_s;
        QTest::newRow("leading dot in domain") << u"ann@.example.com"_s << u"invalid_email"_s;
        QTest::newRow("single label domain") << u"ann@localhost"_s << u"invalid_email"_s;
        QTest::newRow("numeric top level") << u"ann@10.0.0.1"_s << u"invalid_email"_s;
        QTest::newRow("ip literal") << u"ann@[10.0.0.1]"_s << u"invalid_email"_s;
        QTest::newRow("hyphen edge of label") << u"ann@-example.com"_s << u"invalid_email"_s;
        QTest::newRow("underscore in domain") << u"ann@ex_ample.com"_s << u"invalid_email"_s;
        QTest::newRow("label of 64") << (u"ann@"_s + QString(64, u'x') + u".com"_s) << u"invalid_email"_s;
        QTest::newRow("unterminated quote") << u"\"ann@example.com"_s << u"invalid_email"_s;
        QTest::newRow("quote in middle") << u"an\"n\"@example.com"_s << u"invalid_email"_s;
        QTest::newRow("control character") << u"ann\u0001@example.com"_s << u"invalid_email"_s;
        QTest::newRow("newline inside") << u"ann\n@example.com"_s << u"invalid_email"_s;
        QTest::newRow("non-ascii local part") << u"jörg@example.com"_s << u"invalid_email"_s;
        QTest::newRow("angle brackets") << u"<ann@example.com>"_s << u"invalid_email"_s;
        QTest::newRow("local part of 65") << (QString(65, u'a') + u"@example.com"_s) << u"invalid_email"_s;
        const QString domain255 = QString(63, u'b') + u'.' + QString(63, u'c') + u'.' + QString(58, u'd') + u".com"_s;
        QTest::newRow("255 characters") << (QString(64, u'a') + u'@' + domain255) << u"too_long"_s;
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const auto result = EmailAddress::normalized(input, u"billingEmail"_s);
        QVERIFY2(!result.isOk(), qPrintable(result.valueOr({})));
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, u"billingEmail"_s);
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
