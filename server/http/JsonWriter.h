#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <vector>

namespace nacre::server {

// JSON written straight into the response's bytes, for the answers that are long lists (a page of
// 100 members): building a QJsonObject tree per row and serialising it cost half of such a request.
// Output is compact UTF-8, as QJsonDocument::Compact writes it; keys are written as given. Misuse (a
// value without a key inside an object) is the caller's bug: the writer does not check nesting.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1StringView name); // a plain ASCII name, written without escaping

    JsonWriter& value(QStringView text);
    JsonWriter& value(qint64 number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& stringOrNull(QStringView text) { return text.isNull() ? null() : value(text); }
    JsonWriter& latin1(QByteArrayView text); // ASCII without characters to escape (ids, ETags)
    // Milliseconds since the epoch as ISO 8601 in UTC with milliseconds ("2026-12-01T12:00:00.000Z",
    // what JsonReader::formatDateTime writes); 0 (never) as null.
    JsonWriter& dateTimeOrNull(qint64 msecs);
    JsonWriter& raw(QByteArrayView json); // an already serialised value

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_hasItems; // per open container: whether a comma is due before the next item
    bool m_afterKey = false;
};

} // namespace nacre::server
