#include "json/JsonReader.h"
#include "support/JsonTestSupport.h"
#include "validation/EmailAddress.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::JsonReader;
using nacre::test::describe;
using nacre::test::hasError;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsEveryBadFieldAtOnce()
    {
        JsonReader reader(QJsonObject {{u"name"_s, 5}, {u"count"_s, u"7"_s}, {u"flag"_s, 1}}, u"settings"_s);
        reader.string(u"name"_s);
        reader.integer(u"count"_s, 0, 10);
        reader.boolean(u"flag"_s);
        reader.string(u"missing"_s);
        QCOMPARE(reader.errors().size(), 4);
        QVERIFY(hasError(reader.errors(), u"settings.name"_s, u"wrong_type"_s));
        QVERIFY(hasError(reader.errors(), u"settings.count"_s, u"wrong_type"_s));
        QVERIFY(hasError(reader.errors(), u"settings.flag"_s, u"wrong_type"_s));
        QVERIFY(hasError(reader.errors(), u"settings.missing"_s, u"required"_s));
        QVERIFY(!reader.finish(0).isOk());
    }

    void integers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code"); // empty when accepted
        QTest::newRow("whole") << QJsonValue(42) << QString();
        QTest::newRow("lower bound") << QJsonValue(0) << QString();
        QTest::newRow("upper bound") << QJsonValue(100) << QString();
        QTest::newRow("whole written as double") << QJsonValue(42.0) << QString();
        QTest::newRow("fraction") << QJsonValue(4.5) << u"wrong_type"_s;
        QTest::newRow("below") << QJsonValue(-1) << u"out_of_range"_s;
        QTest::newRow("above") << QJsonValue(101) << u"out_of_range"_s;
        QTest::newRow("huge") << QJsonValue(1e300) << u"wrong_type"_s;
        QTest::newRow("string") << QJsonValue(u"42"_s) << u"wrong_type"_s;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"wrong_type"_s;
        QTest::newRow("bool") << QJsonValue(true) << u"wrong_type"_s;
    }

    void integers()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        JsonReader reader(QJsonObject {{u"n"_s, value}});
        const qint64 number = reader.integer(u"n"_s, 0, 100);
        if (code.isEmpty()) {
            QVERIFY2(!reader.hasErrors(), qPrintable(describe(reader.errors())));
            QCOMPARE(double(number), value.toDouble());
        } else {
            QVERIFY2(hasError(reader.errors(), u"n"_s, code), qPrintable(describe(reader.errors())));
        }
    }

    void dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("UTC with ms") << u"2026-11-28T09:30:00.123Z"_s << true;
        QTest::newRow("UTC") << u"2026-11-28T09:30:00Z"_s << true;
        QTest::newRow("offset") << u"2026-11-28T10:30:00+01:00"_s << true;
        QTest::newRow("no zone") << u"2026-11-28T09:30:00"_s << false;
        QTest::newRow("date only") << u"2026-11-28"_s << false;
        QTest::newRow("not a date") << u"yesterday"_s << false;
        QTest::newRow("month 13") << u"2026-13-01T00:00:00Z"_s << false;
    }

    void dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        JsonReader reader(QJsonObject {{u"at"_s, text}});
        const QDateTime at = reader.dateTime(u"at"_s);
        QCOMPARE(!reader.hasErrors(), ok);
        if (ok) {
            QCOMPARE(at.timeSpec(), Qt::UTC);
            QCOMPARE(at.toString(Qt::ISODate).left(13), u"2026-11-28T09"_s);
        } else {
            QVERIFY(hasError(reader.errors(), u"at"_s, u"invalid_format"_s));
        }
    }

    void dateTimesAreWrittenInUtcWithMilliseconds()
    {
        const QDateTime at(QDate(2026, 11, 28), QTime(10, 30, 0, 5), Qt::OffsetFromUTC, 3600);
        QCOMPARE(JsonReader::formatDateTime(at), u"2026-11-28T09:30:00.005Z"_s);
        QCOMPARE(JsonReader::dateTimeOrNull(QDateTime()), QJsonValue(QJsonValue::Null));
    }

    void ids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("uuid") << u"0d6f1f5e-2f8a-4d51-9a3b-7c2d9e4b1a00"_s << true;
        QTest::newRow("upper case") << u"0D6F1F5E-2F8A-4D51-9A3B-7C2D9E4B1A00"_s << true;
        QTest::newRow("braces") << u"{0d6f1f5e-2f8a-4d51-9a3b-7c2d9e4b1a00}"_s << false;
        QTest::newRow("number") << u"17"_s << false;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("injection") << u"' OR 1=1 --"_s << false;
    }

    void ids()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        JsonReader reader(QJsonObject {{u"id"_s, text}});
        const QString id = reader.id(u"id"_s);
        QCOMPARE(!reader.hasErrors(), ok);
        if (ok)
            QCOMPARE(id, text.toLower());
    }

    void optionalFieldsAcceptAbsenceAndNull()
    {
        JsonReader reader(QJsonObject {{u"a"_s, QJsonValue::Null}});
        QVERIFY(reader.optionalString(u"a"_s).isNull());
        QVERIFY(reader.optionalString(u"b"_s).isNull());
        QVERIFY(!reader.optionalDateTime(u"a"_s).isValid());
        QVERIFY(!reader.optionalInteger(u"b"_s, 0, 1).has_value());
        QVERIFY(!reader.optionalBoolean(u"b"_s).has_value());
        QVERIFY2(!reader.hasErrors(), qPrintable(describe(reader.errors())));
    }

    void unknownFieldsAreRejectedOnRequest()
    {
        JsonReader reader(QJsonObject {{u"name"_s, u"x"_s}, {u"isAdmin"_s, true}, {u"role"_s, u"owner"_s}});
        reader.string(u"name"_s);
        QVERIFY(!reader.hasErrors());
        reader.rejectUnknownFields();
        QCOMPARE(reader.errors().size(), 2);
        QVERIFY(hasError(reader.errors(), u"isAdmin"_s, u"unknown_field"_s));
        QVERIFY(hasError(reader.errors(), u"role"_s, u"unknown_field"_s));
    }

    void validatedStringsReportOnce()
    {
        JsonReader reader(QJsonObject {{u"email"_s, 7}, {u"other"_s, u"nope"_s}});
        reader.validatedString(u"email"_s, &nacre::EmailAddress::normalized);
        reader.validatedString(u"other"_s, &nacre::EmailAddress::normalized);
        reader.validatedString(u"absent"_s, &nacre::EmailAddress::normalized);
        QCOMPARE(reader.errors().size(), 3);
        QVERIFY(hasError(reader.errors(), u"email"_s, u"wrong_type"_s));
        QVERIFY(hasError(reader.errors(), u"other"_s, u"invalid_email"_s));
        QVERIFY(hasError(reader.errors(), u"absent"_s, u"required"_s));
    }

    void stringListsPointAtTheBadItem()
    {
        JsonReader reader(QJsonObject {{u"emails"_s, QJsonArray {u"a"_s, 2, u"c"_s}}});
        QCOMPARE(reader.stringList(u"emails"_s), (QStringList {u"a"_s, u"c"_s}));
        QVERIFY(hasError(reader.errors(), u"emails[1]"_s, u"wrong_type"_s));
    }

    void enumerationsNameTheBadValue()
    {
        static constexpr std::array<nacre::EnumName<int>, 2> names {{{1, "one"_L1}, {2, "two"_L1}}};
        JsonReader reader(QJsonObject {{u"a"_s, u"two"_s}, {u"b"_s, u"three"_s}});
        QCOMPARE(reader.enumeration<int>(u"a"_s, names), 2);
        reader.enumeration<int>(u"b"_s, names);
        QVERIFY(hasError(reader.errors(), u"b"_s, u"unknown_value"_s));
        QVERIFY(reader.errors().constFirst().message.contains(u"three"_s));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
