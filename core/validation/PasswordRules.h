#pragma once

#include "validation/Result.h"

#include <QCoreApplication>

namespace nacre {

// What a password must be, and how strong it looks, for the setup, sign-up and change-password forms.
// Length is what matters most (NIST SP 800-63B); the upper bound keeps hashing cheap to refuse.
class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(nacre::PasswordRules)

public:
    static constexpr int MinLength = 10;
    static constexpr int MaxLength = 256;

    enum class Strength { TooShort, Weak, Fair, Strong };

    static Result<QString> validated(const QString& password, const QString& field = QStringLiteral("password"));
    static Strength strength(const QString& password);
    static QString describe(Strength strength);
};

} // namespace nacre
