#include "validation/PasswordRules.h"

#include "validation/NameRules.h"

#include <QSet>

namespace nacre {

Result<QString> PasswordRules::validated(const QString& password, const QString& field)
{
    const int length = NameRules::characterCount(password);
    if (password.trimmed().isEmpty())
        return FieldError {field, QString::fromLatin1(ErrorCode::Required), tr("Enter a password.")};
    if (length < MinLength)
        return FieldError {
            field, QString::fromLatin1(ErrorCode::TooShort), tr("Use at least %n characters.", nullptr, MinLength)};
    if (length > MaxLength)
        return FieldError {
            field, QString::fromLatin1(ErrorCode::TooLong), tr("Use at most %n characters.", nullptr, MaxLength)};
    return password;
}

PasswordRules::Strength PasswordRules::strength(const QString& password)
{
    const int length = NameRules::characterCount(password);
    if (length < MinLength)
        return Strength::TooShort;
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !(c.isLetterOrNumber());
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const auto distinct = QSet<QChar>(password.cbegin(), password.cend()).size();
    if (distinct < 5)
        return Strength::Weak; // "aaaaaaaaaaaa", "abababababab"
    if (length >= 16 || (length >= 12 && classes >= 3))
        return Strength::Strong;
    if (classes >= 2)
        return Strength::Fair;
    return Strength::Weak;
}

QString PasswordRules::describe(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return tr("Too short");
    case Strength::Weak:
        return tr("Weak");
    case Strength::Fair:
        return tr("Fair");
    case Strength::Strong:
        return tr("Strong");
    }
    return {};
}

} // namespace nacre
