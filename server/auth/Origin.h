#pragma once

#include <QString>

namespace nacre::server {

// Where a request came from, as services record it: the client's address and what the client said
// it is. Never null text, so it can go into NOT NULL columns as it is.
struct Origin
{
    QString address;
    QString userAgent;
};

} // namespace nacre::server
