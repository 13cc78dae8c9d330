#pragma once

#include <QString>

namespace nacre::server {

// Bearer secrets: 256 random bits, base64url, with a short prefix that says what they are
// ("nks_" session, "nki_" invitation, "nk_" API key) so leaked ones are easy to recognize.
// Only their SHA-256 is stored.
class Tokens
{
public:
    static QString generate(const QString& prefix);
    static QString hash(const QString& token);
    static QString newId(); // a random UUID for primary keys
    static void ensureSodium();
};

} // namespace nacre::server
