#include "validation/LocaleRules.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nacre {

Result<QString> LocaleRules::locale(QStringView input, const QString& field)
{
    static const QRegularExpression shape(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    const QString text = input.trimmed().toString();
    // QLocale falls back to "C" for names it does not know, which is how an unknown language shows.
    if (!shape.match(text).hasMatch() || QLocale(text).language() == QLocale::C)
        return FieldError {field, QString::fromLatin1(ErrorCode::UnknownValue),
            tr("\u201c%1\u201d is not a known language.").arg(text)};
    return text;
}

Result<QString> LocaleRules::timeZone(QStringView input, const QString& field)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty() || text.size() > 64 || !QTimeZone::isTimeZoneIdAvailable(text.toUtf8()))
        return FieldError {field, QString::fromLatin1(ErrorCode::UnknownValue),
            tr("\u201c%1\u201d is not a known time zone.").arg(text)};
    return text;
}

} // namespace nacre
