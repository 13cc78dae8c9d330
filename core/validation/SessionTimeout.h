#pragma once

#include "validation/Result.h"

#include <QCoreApplication>

namespace nacre {

// How long a session may sit idle in a workspace before the server expires it, in minutes.
// The range is the product's documented one: half an hour to three days.
class SessionTimeout
{
    Q_DECLARE_TR_FUNCTIONS(nacre::SessionTimeout)

public:
    static constexpr int MinMinutes = 30;
    static constexpr int MaxMinutes = 4320;
    static constexpr int DefaultMinutes = 60;

    static Result<int> validated(qint64 minutes, const QString& field = QStringLiteral("sessionTimeoutMinutes"));
};

} // namespace nacre
