#pragma once

#include "validation/Result.h"

#include <QCoreApplication>

namespace nacre {

// Profile preferences: a language as a locale name ("de", "pt_BR") and an IANA time zone id.
class LocaleRules
{
    Q_DECLARE_TR_FUNCTIONS(nacre::LocaleRules)

public:
    static Result<QString> locale(QStringView input, const QString& field = QStringLiteral("locale"));
    static Result<QString> timeZone(QStringView input, const QString& field = QStringLiteral("timeZone"));
};

} // namespace nacre
