#include "support/JsonTestSupport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nacre::test {

QString describe(const FieldErrors& errors)
{
    QStringList lines;
    for (const FieldError& error : errors)
        lines.append(u"%1 [%2] %3"_s.arg(error.field, error.code, error.message));
    return lines.isEmpty() ? u"(no errors)"_s : lines.join(u"; "_s);
}

bool hasError(const FieldErrors& errors, const QString& field, const QString& code)
{
    return std::any_of(errors.cbegin(), errors.cend(),
        [&](const FieldError& error) { return error.field == field && error.code == code; });
}

QJsonValue valueOfAnotherType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return 42;
    case QJsonValue::Double:
    case QJsonValue::Bool:
    case QJsonValue::Object:
    case QJsonValue::Array:
        return u"text"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QJsonArray {1, 2};
}

} // namespace nacre::test
