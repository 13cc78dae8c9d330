#include "support/JsonTestSupport.h"
#include "validation/LocaleRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::LocaleRules;

class TestLocaleRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locale_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("language") << u"de"_s << true;
        QTest::newRow("language and country") << u"pt_BR"_s << true;
        QTest::newRow("three letters") << u"fil"_s << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("unknown language") << u"zz"_s << false;
        QTest::newRow("C locale") << u"C"_s << false;
        QTest::newRow("dash form") << u"pt-BR"_s << false;
        QTest::newRow("upper-case language") << u"DE"_s << false;
        QTest::newRow("injection") << u"en'; --"_s << false;
    }

    void locale()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        const auto result = LocaleRules::locale(input);
        QVERIFY2(result.isOk() == ok, qPrintable(nacre::test::describe(result.errors())));
        if (!ok)
            QCOMPARE(result.error().code, u"unknown_value"_s);
    }

    void timeZone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("UTC") << u"UTC"_s << true;
        QTest::newRow("Berlin") << u"Europe/Berlin"_s << true;
        QTest::newRow("Sao Paulo") << u"America/Sao_Paulo"_s << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("unknown") << u"Mars/Olympus_Mons"_s << false;
        QTest::newRow("path traversal") << u"../../etc/passwd"_s << false;
    }

    void timeZone()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        const auto result = LocaleRules::timeZone(input);
        QVERIFY2(result.isOk() == ok, qPrintable(nacre::test::describe(result.errors())));
        if (!ok)
            QCOMPARE(result.error().field, u"timeZone"_s);
    }
};

QTEST_GUILESS_MAIN(TestLocaleRules)
#include "tst_localerules.moc"
