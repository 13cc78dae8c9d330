#pragma once

#include "json/JsonReader.h"

#include <QDateTime>
#include <QJsonObject>

#include <array>

namespace nacre {

// Where the mail an invitation (or a resend) caused stands. `None`: nothing was mailed (a link made
// to hand over another way); the API then sends `delivery: null`.
enum class DeliveryState : quint8 { None, Queued, Sent, Retrying, Failed };

inline constexpr std::array<EnumName<DeliveryState>, 4> DeliveryStateNames {{
    {DeliveryState::Queued, QLatin1String("queued")},
    {DeliveryState::Sent, QLatin1String("sent")},
    {DeliveryState::Retrying, QLatin1String("retrying")},
    {DeliveryState::Failed, QLatin1String("failed")},
}};

struct MailDelivery
{
    DeliveryState state = DeliveryState::None;
    int attempts = 0; // tries made so far
    QString reason; // retrying or failed: the relay's answer (or why it could not be reached)
    QDateTime updatedAt; // queued, or the last try
    QDateTime nextAttemptAt; // retrying: when the next try is due

    bool isNone() const { return state == DeliveryState::None; }
    static QLatin1String nameOf(DeliveryState state)
    {
        return nameOfEnum(std::span<const EnumName<DeliveryState>>(DeliveryStateNames), state);
    }
    static std::optional<DeliveryState> fromName(QStringView name)
    {
        return enumFromName(std::span<const EnumName<DeliveryState>>(DeliveryStateNames), name);
    }
    QJsonObject toJson() const;
    static Result<MailDelivery> fromJson(const QJsonObject& object, const QString& path = {});

    friend bool operator==(const MailDelivery&, const MailDelivery&) = default;
};

} // namespace nacre
