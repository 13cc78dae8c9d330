#pragma once

#include <QString>
#include <QUrl>

namespace nacre::client {

// The address other computers on the local network reach this one at: the first IPv4 address of a
// network interface that is up and not the loopback. Empty when there is none (no network).
class LocalAddress
{
public:
    static QString forOthers();
    // Whether `url` names this computer only (localhost or a loopback address).
    static bool isThisComputer(const QUrl& url);
};

} // namespace nacre::client
