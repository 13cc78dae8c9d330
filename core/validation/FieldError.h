#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace nacre {

// Stable machine-readable codes carried in problem+json `errors[].code`. Clients branch on these,
// never on the (translatable) message, so a code is never renamed once released.
namespace ErrorCode {
inline constexpr auto Required = "required";
inline constexpr auto WrongType = "wrong_type";
inline constexpr auto UnknownField = "unknown_field";
inline constexpr auto TooLong = "too_long";
inline constexpr auto TooShort = "too_short";
inline constexpr auto OutOfRange = "out_of_range";
inline constexpr auto ControlCharacter = "control_character";
inline constexpr auto InvalidEmail = "invalid_email";
inline constexpr auto InvalidFormat = "invalid_format";
inline constexpr auto UnknownValue = "unknown_value";
inline constexpr auto UnknownPermission = "unknown_permission";
inline constexpr auto Duplicate = "duplicate";
inline constexpr auto ConfirmationMismatch = "confirmation_mismatch";
inline constexpr auto WrongPassword = "wrong_password";
inline constexpr auto WrongCode = "wrong_code";
inline constexpr auto NotAllowed = "not_allowed"; // a valid value this field may not take (Owner as the default role)
// Every code above, for what must list them all (docs/openapi.yaml's FieldError, checked by a test).
inline constexpr std::array All {Required, WrongType, UnknownField, TooLong, TooShort, OutOfRange, ControlCharacter,
    InvalidEmail, InvalidFormat, UnknownValue, UnknownPermission, Duplicate, ConfirmationMismatch, WrongPassword,
    WrongCode, NotAllowed};
} // namespace ErrorCode

// One problem with one input field: `field` is a JSON path such as "settings.billingEmail" or "emails[2]".
struct FieldError
{
    QString field;
    QString code;
    QString message;

    QJsonObject toJson() const;
    // Tolerant on purpose: it reads what a server sent, and a malformed entry still becomes a message.
    static FieldError fromJson(const QJsonObject& object);

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace nacre
