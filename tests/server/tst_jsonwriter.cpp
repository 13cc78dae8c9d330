#include "http/JsonWriter.h"
#include "json/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using nacre::server::JsonWriter;

// The member list is written with JsonWriter instead of QJsonDocument: what it writes must read back
// as the same JSON, whatever the text holds, and its dates must be JsonReader's.
class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QJsonObject parsed(const QByteArray& json)
    {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("not JSON (%s): %s", qPrintable(error.errorString()), json.constData());
        return document.object();
    }

private Q_SLOTS:
    void textReadsBackAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Ada Lovelace"_s;
        QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ bye \\\""_s;
        QTest::newRow("control characters") << u"a\nb\tc\rd\be\ff\u0001g\u001fh"_s;
        QTest::newRow("accents and sharp s") << u"Zoë Straße Ærø"_s;
        QTest::newRow("outside the BMP") << u"\U0001F41A nacre"_s;
        QTest::newRow("line separators") << u"one\u2028two\u2029three"_s;
        QTest::newRow("right to left") << u"\u05E9\u05DC\u05D5\u05DD"_s;
        QTest::newRow("empty") << QString(u""_s);
    }

    void textReadsBackAsWritten()
    {
        QFETCH(QString, text);
        JsonWriter json;
        json.beginObject().key("text"_L1).value(text).endObject();
        QCOMPARE(parsed(json.take()).value(u"text"_s).toString(), text);
    }

    void nestingNumbersAndNulls()
    {
        JsonWriter json;
        json.beginObject()
            .key("items"_L1)
            .beginArray()
            .beginObject()
            .key("n"_L1)
            .value(qint64(-42))
            .key("ok"_L1)
            .value(true)
            .endObject()
            .beginObject()
            .endObject()
            .beginArray()
            .endArray()
            .value(qint64(9007199254740991))
            .endArray()
            .key("cursor"_L1)
            .stringOrNull(QString())
            .key("id"_L1)
            .latin1("abc-1")
            .key("raw"_L1)
            .raw(R"({"x":[1,2]})")
            .key("no"_L1)
            .value(false)
            .endObject();
        const QJsonObject expected {{u"items"_s,
                                        QJsonArray {QJsonObject {{u"n"_s, -42}, {u"ok"_s, true}}, QJsonObject {},
                                            QJsonArray {}, qint64(9007199254740991)}},
            {u"cursor"_s, QJsonValue::Null}, {u"id"_s, u"abc-1"_s},
            {u"raw"_s, QJsonObject {{u"x"_s, QJsonArray {1, 2}}}}, {u"no"_s, false}};
        QCOMPARE(parsed(json.take()), expected);
    }

    void datesAreJsonReadersDates_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("epoch plus one") << qint64(1);
        QTest::newRow("with milliseconds")
            << QDateTime(QDate(2026, 12, 1), QTime(12, 0, 0, 123), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("last century") << QDateTime(QDate(1999, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("far ahead") << QDateTime(QDate(2400, 1, 1), QTime(1, 2, 3, 4), Qt::UTC).toMSecsSinceEpoch();
    }

    void datesAreJsonReadersDates()
    {
        QFETCH(qint64, msecs);
        JsonWriter json;
        json.beginObject().key("at"_L1).dateTimeOrNull(msecs).endObject();
        QCOMPARE(parsed(json.take()).value(u"at"_s).toString(),
            nacre::JsonReader::formatDateTime(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)));
    }

    void neverIsNull()
    {
        JsonWriter json;
        json.beginObject().key("at"_L1).dateTimeOrNull(0).endObject();
        QVERIFY(parsed(json.take()).value(u"at"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
