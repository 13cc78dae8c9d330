#pragma once

#include <QCoreApplication>
#include <QString>

namespace nacre::client {

// What a session's or a sign-in's User-Agent says, for people: "Nacre 0.4.0 on Debian GNU/Linux 12",
// "Firefox on Windows", "curl 8.1". Browsers all start with "Mozilla/5.0", which names nothing, so the
// browser and the system are read from the rest; a string that names nothing is "Unknown application".
// The full string stays in the tooltip.
class ClientName
{
    Q_DECLARE_TR_FUNCTIONS(nacre::client::ClientName)

public:
    static QString of(const QString& userAgent);
};

} // namespace nacre::client
