#include "validation/EmailListParser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::EmailListEntry;
using nacre::EmailListParser;

// Each entry written as "address", "address xN" (folded repeats), "name <address>" or "!input" (invalid).
static QStringList summarize(const QList<EmailListEntry>& entries)
{
    QStringList lines;
    for (const EmailListEntry& entry : entries) {
        if (!entry.isValid()) {
            lines.append(u'!' + entry.input);
            continue;
        }
        QString line = entry.displayName.isEmpty() ? entry.address : entry.displayName + u" <"_s + entry.address + u'>';
        if (entry.occurrences > 1)
            line += u" x"_s + QString::number(entry.occurrences);
        lines.append(line);
    }
    return lines;
}

class TestEmailListParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nothing") << u""_s << QStringList {};
        QTest::newRow("only separators") << u" ,;\n\n ; "_s << QStringList {};
        QTest::newRow("one") << u"ann@example.com"_s << QStringList {u"ann@example.com"_s};
        QTest::newRow("commas") << u"a@x.org,b@x.org, c@x.org"_s
                                << QStringList {u"a@x.org"_s, u"b@x.org"_s, u"c@x.org"_s};
        QTest::newRow("semicolons (Outlook)") << u"a@x.org; b@x.org;"_s << QStringList {u"a@x.org"_s, u"b@x.org"_s};
        QTest::newRow("spaces") << u"a@x.org b@x.org\tc@x.org"_s
                                << QStringList {u"a@x.org"_s, u"b@x.org"_s, u"c@x.org"_s};
        QTest::newRow("lines, CRLF") << u"a@x.org\r\nb@x.org\r\n"_s << QStringList {u"a@x.org"_s, u"b@x.org"_s};
        QTest::newRow("name and address") << u"Ann Lee <Ann@X.org>"_s << QStringList {u"Ann Lee <ann@x.org>"_s};
        QTest::newRow("quoted name with comma") << u"\"Lee, Ann\" <ann@x.org>, Bo <bo@x.org>"_s
                                                << QStringList {u"Lee, Ann <ann@x.org>"_s, u"Bo <bo@x.org>"_s};
        QTest::newRow("no space before bracket") << u"Ann<ann@x.org>"_s << QStringList {u"Ann <ann@x.org>"_s};
        QTest::newRow("bare angle address") << u"<ann@x.org>"_s << QStringList {u"ann@x.org"_s};
        QTest::newRow("two named on one line")
            << u"Ann <ann@x.org> Bo Ek <bo@x.org>"_s << QStringList {u"Ann <ann@x.org>"_s, u"Bo Ek <bo@x.org>"_s};
        QTest::newRow("mixed forms") << u"ann@x.org; Bo <bo@x.org>\ncid@x.org"_s
                                     << QStringList {u"ann@x.org"_s, u"Bo <bo@x.org>"_s, u"cid@x.org"_s};
        QTest::newRow("duplicates fold, case-insensitively")
            << u"ann@x.org, ANN@x.org\nAnn <ann@X.ORG>"_s << QStringList {u"ann@x.org x3"_s};
        QTest::newRow("invalid kept in place")
            << u"a@x.org, not-an-email, b@x"_s << QStringList {u"a@x.org"_s, u"!not-an-email"_s, u"!b@x"_s};
        QTest::newRow("stray word before address") << u"hello a@x.org"_s << QStringList {u"!hello"_s, u"a@x.org"_s};
        QTest::newRow("invalid inside brackets") << u"Ann <ann@>"_s << QStringList {u"!Ann <ann@>"_s};
        QTest::newRow("quoted name alone") << u"\"Lee, Ann\""_s << QStringList {u"!\"Lee, Ann\""_s};
        QTest::newRow("quoted local part with space")
            << u"\"ann lee\"@x.org, b@x.org"_s << QStringList {u"\"ann lee\"@x.org"_s, u"b@x.org"_s};
        QTest::newRow("IDN") << u"kim@bücher.de"_s << QStringList {u"kim@bücher.de"_s};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(summarize(EmailListParser::parse(text)), expected);
    }

    void invalidEntriesSayWhyAndWhere()
    {
        const auto entries = EmailListParser::parse(u"a@x.org, bob@, bob"_s);
        QCOMPARE(entries.size(), 3);
        QVERIFY(entries[0].isValid());
        QCOMPARE(entries[1].error.code, u"invalid_email"_s);
        QCOMPARE(entries[1].error.field, u"emails[1]"_s);
        QVERIFY(entries[1].error.message.contains(u"domain"_s));
        QCOMPARE(entries[2].error.field, u"emails[2]"_s);
        QVERIFY(entries[2].error.message.contains(u"bob"_s));
    }

    void validAddressesAreDistinctAndOrdered()
    {
        const auto entries = EmailListParser::parse(u"c@x.org b@x.org junk c@x.org a@x.org"_s);
        QCOMPARE(EmailListParser::validAddresses(entries), (QStringList {u"c@x.org"_s, u"b@x.org"_s, u"a@x.org"_s}));
    }

    void tenThousandAddresses()
    {
        QString text;
        for (int i = 0; i < 10000; ++i)
            text += u"user%1@example.com, "_s.arg(i);
        const auto entries = EmailListParser::parse(text);
        QCOMPARE(entries.size(), 10000);
        QCOMPARE(EmailListParser::validAddresses(entries).size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestEmailListParser)
#include "tst_emaillistparser.moc"
