#include "validation/FieldError.h"

using namespace Qt::StringLiterals;

namespace nacre {

QJsonObject FieldError::toJson() const
{
    return QJsonObject {{u"field"_s, field}, {u"code"_s, code}, {u"message"_s, message}};
}

FieldError FieldError::fromJson(const QJsonObject& object)
{
    return FieldError {
        object.value(u"field"_s).toString(), object.value(u"code"_s).toString(), object.value(u"message"_s).toString()};
}

} // namespace nacre
