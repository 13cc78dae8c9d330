#pragma once

#include <QString>

namespace nacre::server {

// argon2id through libsodium, at OWASP's recommended minimum cost (19 MiB, 2 passes, 1 lane).
// The stored string carries its own parameters and salt, so the cost can rise later without
// breaking old hashes.
class PasswordHasher
{
public:
    static constexpr unsigned long long OpsLimit = 2;
    static constexpr std::size_t MemLimitBytes = 19 * 1024 * 1024;

    static QString hash(const QString& password);
    static bool verify(const QString& password, const QString& storedHash);
    // A real hash of a random password: verified against when the account does not exist, so an
    // unknown email takes as long to refuse as a wrong password.
    static const QString& decoyHash();
};

} // namespace nacre::server
