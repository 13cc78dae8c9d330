#pragma once

#include "permissions/PermissionSet.h"
#include "validation/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>

#include <limits>
#include <optional>
#include <span>

namespace nacre {

template <typename E>
struct EnumName
{
    E value;
    QLatin1String name;
};

// The value whose stable name is `text`, if any (names as the API and the database write them).
template <typename E>
std::optional<E> enumFromName(std::span<const EnumName<E>> names, QStringView text)
{
    for (const EnumName<E>& entry : names) {
        if (entry.name == text)
            return entry.value;
    }
    return std::nullopt;
}

// The stable name of `value` (empty when the table does not list it).
template <typename E>
QLatin1String nameOfEnum(std::span<const EnumName<E>> names, E value)
{
    for (const EnumName<E>& entry : names) {
        if (entry.value == value)
            return entry.name;
    }
    return {};
}

// Reads one JSON object field by field, collecting an error per bad field instead of stopping at the
// first, so a form can mark every wrong field at once. Callers read every field, then either take
// `errors()` or build their value: a type's fromJson never returns a half-filled object.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(nacre::JsonReader)

public:
    // `path` prefixes field names in errors ("settings" gives "settings.name").
    explicit JsonReader(QJsonObject object, QString path = {});

    bool has(const QString& key) const;
    QString fieldPath(const QString& key) const;

    QString string(const QString& key);
    QString optionalString(const QString& key); // absent or null gives a null QString
    bool boolean(const QString& key);
    std::optional<bool> optionalBoolean(const QString& key);
    qint64 integer(const QString& key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
    QDateTime dateTime(const QString& key);
    QDateTime optionalDateTime(const QString& key); // absent or null gives an invalid QDateTime
    QString id(const QString& key); // a UUID, as the API writes ids
    QString optionalId(const QString& key);
    QStringList stringList(const QString& key);
    PermissionSet permissions(const QString& key);
    QJsonObject object(const QString& key);

    template <typename E>
    E enumeration(const QString& key, std::span<const EnumName<E>> names)
    {
        const QString text = string(key);
        if (const std::optional<E> value = enumFromName(names, text))
            return *value;
        if (!text.isNull())
            addError(key, QString::fromLatin1(ErrorCode::UnknownValue), unknownValueMessage(text));
        return names.front().value;
    }

    // A nested object read by its own type's fromJson; errors come back under "key.field".
    template <typename T>
    T nested(const QString& key, Result<T> (*parse)(const QJsonObject&, const QString&))
    {
        const QJsonObject value = object(key);
        if (hasErrorAt(key))
            return {};
        return take(parse(value, fieldPath(key)));
    }
    // The same, where null or an absent field means "none" (a default-constructed T).
    template <typename T>
    T optionalNested(const QString& key, Result<T> (*parse)(const QJsonObject&, const QString&))
    {
        m_readKeys.insert(key);
        if (isAbsentOrNull(key))
            return {};
        return nested(key, parse);
    }

    // A string checked by one of the shared validators (NameRules, EmailAddress ...), which also
    // gives the canonical form to keep. Type errors are reported once, not again by the validator.
    template <typename Validator>
    QString validatedString(const QString& key, Validator validate)
    {
        const QString text = string(key);
        if (hasErrorAt(key))
            return {};
        return take(validate(text, fieldPath(key)));
    }
    // The same for a field that may be absent, null or blank: those give a null QString.
    template <typename Validator>
    QString optionalValidatedString(const QString& key, Validator validate)
    {
        const QString text = optionalString(key);
        if (text.trimmed().isEmpty() || hasErrorAt(key))
            return {};
        return take(validate(text, fieldPath(key)));
    }

    template <typename Validator>
    int validatedInteger(const QString& key, Validator validate, int fallback)
    {
        const qint64 number = integer(key, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        if (hasErrorAt(key))
            return fallback;
        return take(validate(number, fieldPath(key)), fallback);
    }

    // Hands a validator's result over: its value, or its errors recorded against this field.
    template <typename T>
    T take(Result<T> result, T fallback = {})
    {
        if (result.isOk())
            return std::move(result).value();
        m_errors.append(result.errors());
        return fallback;
    }

    // Request bodies are strict: a field the API does not know is an error, not silently dropped.
    void rejectUnknownFields();

    void addError(const QString& key, const QString& code, const QString& message);
    void addErrors(const FieldErrors& errors) { m_errors.append(errors); }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    bool hasErrorAt(const QString& key) const;
    const FieldErrors& errors() const { return m_errors; }

    // The usual ending of a fromJson: the value when every field was right, the errors otherwise.
    template <typename T>
    Result<T> finish(T value) const
    {
        if (hasErrors())
            return m_errors;
        return value;
    }

    static QString formatDateTime(const QDateTime& dateTime);
    static QJsonValue dateTimeOrNull(const QDateTime& dateTime);
    static QJsonValue stringOrNull(const QString& text);

private:
    QJsonValue valueOf(const QString& key);
    bool isAbsentOrNull(const QString& key) const;
    void wrongType(const QString& key, const QString& expected);
    static QString unknownValueMessage(const QString& text);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_readKeys;
    FieldErrors m_errors;
};

} // namespace nacre
