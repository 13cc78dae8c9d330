#include "json/JsonReader.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nacre {

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

bool JsonReader::has(const QString& key) const
{
    return m_object.contains(key);
}

QString JsonReader::fieldPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QJsonValue JsonReader::valueOf(const QString& key)
{
    m_readKeys.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        addError(key, QString::fromLatin1(ErrorCode::Required), tr("This field is required."));
    return value;
}

bool JsonReader::isAbsentOrNull(const QString& key) const
{
    const QJsonValue value = m_object.value(key);
    return value.isUndefined() || value.isNull();
}

void JsonReader::addError(const QString& key, const QString& code, const QString& message)
{
    m_errors.append(FieldError {fieldPath(key), code, message});
}

bool JsonReader::hasErrorAt(const QString& key) const
{
    const QString path = fieldPath(key);
    return std::any_of(m_errors.cbegin(), m_errors.cend(), [&path](const FieldError& e) { return e.field == path; });
}

void JsonReader::wrongType(const QString& key, const QString& expected)
{
    addError(key, QString::fromLatin1(ErrorCode::WrongType), tr("Expected %1.").arg(expected));
}

QString JsonReader::unknownValueMessage(const QString& text)
{
    return tr("\u201c%1\u201d is not one of the allowed values.").arg(text);
}

QString JsonReader::string(const QString& key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(key, tr("a string"));
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const QString& key)
{
    m_readKeys.insert(key);
    if (isAbsentOrNull(key))
        return {};
    return string(key);
}

bool JsonReader::boolean(const QString& key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        wrongType(key, tr("true or false"));
        return false;
    }
    return value.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString& key)
{
    m_readKeys.insert(key);
    if (!has(key))
        return std::nullopt;
    return boolean(key);
}

qint64 JsonReader::integer(const QString& key, qint64 min, qint64 max)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined())
        return min;
    const double number = value.toDouble();
    // JSON has one number type; accept only whole numbers that a double holds exactly.
    if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9007199254740991.0) {
        wrongType(key, tr("a whole number"));
        return min;
    }
    const auto whole = qint64(number);
    if (whole < min || whole > max) {
        addError(key, QString::fromLatin1(ErrorCode::OutOfRange), tr("Must be between %1 and %2.").arg(min).arg(max));
        return min;
    }
    return whole;
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key, qint64 min, qint64 max)
{
    m_readKeys.insert(key);
    if (isAbsentOrNull(key))
        return std::nullopt;
    return integer(key, min, max);
}

QDateTime JsonReader::dateTime(const QString& key)
{
    const QString text = string(key);
    if (text.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        // A time without a zone would mean different instants on client and server.
        addError(key, QString::fromLatin1(ErrorCode::InvalidFormat),
            tr("Expected a date and time with a zone, as in 2026-01-31T09:30:00Z."));
        return {};
    }
    return parsed.toUTC();
}

QDateTime JsonReader::optionalDateTime(const QString& key)
{
    m_readKeys.insert(key);
    if (isAbsentOrNull(key))
        return {};
    return dateTime(key);
}

QString JsonReader::id(const QString& key)
{
    const QString text = string(key);
    if (text.isNull())
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull() || text.size() != 36) {
        addError(key, QString::fromLatin1(ErrorCode::InvalidFormat), tr("Expected an id."));
        return {};
    }
    return uuid.toString(QUuid::WithoutBraces);
}

QString JsonReader::optionalId(const QString& key)
{
    m_readKeys.insert(key);
    if (isAbsentOrNull(key))
        return {};
    return id(key);
}

QStringList JsonReader::stringList(const QString& key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(key, tr("a list of strings"));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            addError(u"%1[%2]"_s.arg(key).arg(i), QString::fromLatin1(ErrorCode::WrongType), tr("Expected a string."));
            continue;
        }
        result.append(array[i].toString());
    }
    return result;
}

PermissionSet JsonReader::permissions(const QString& key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined())
        return {};
    return take(PermissionSet::fromJson(value, fieldPath(key)));
}

QJsonObject JsonReader::object(const QString& key)
{
    const QJsonValue value = valueOf(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject()) {
        wrongType(key, tr("an object"));
        return {};
    }
    return value.toObject();
}

void JsonReader::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_readKeys.contains(it.key()))
            addError(it.key(), QString::fromLatin1(ErrorCode::UnknownField), tr("This field is not known here."));
    }
}

QString JsonReader::formatDateTime(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue JsonReader::dateTimeOrNull(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(formatDateTime(dateTime)) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonReader::stringOrNull(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace nacre
