#include "http/JsonWriter.h"

#include <chrono>
#include <cstdio>

namespace nacre::server {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out.append(',');
        m_hasItems.back() = true;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_hasItems.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out.append('}');
    m_hasItems.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_hasItems.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out.append(']');
    m_hasItems.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":");
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(QStringView text)
{
    separate();
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out.append('"');
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                const char escaped[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf]};
                m_out.append(escaped, sizeof(escaped));
            } else {
                m_out.append(byte);
            }
        }
    }
    m_out.append('"');
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter& JsonWriter::latin1(QByteArrayView text)
{
    separate();
    m_out.append('"').append(text).append('"');
    return *this;
}

JsonWriter& JsonWriter::dateTimeOrNull(qint64 msecs)
{
    if (msecs == 0)
        return null();
    separate();
    using namespace std::chrono;
    const sys_time<milliseconds> time {milliseconds(msecs)};
    const sys_days day = floor<days>(time);
    const year_month_day date(day);
    const hh_mm_ss clock(time - day);
    char text[32];
    const int length = std::snprintf(text, sizeof(text), "\"%04d-%02u-%02uT%02d:%02d:%02d.%03dZ\"", int(date.year()),
        unsigned(date.month()), unsigned(date.day()), int(clock.hours().count()), int(clock.minutes().count()),
        int(clock.seconds().count()), int(clock.subseconds().count()));
    m_out.append(text, length);
    return *this;
}

JsonWriter& JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace nacre::server
