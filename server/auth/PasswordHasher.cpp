#include "auth/PasswordHasher.h"

#include "auth/Tokens.h"

#include <sodium.h>
#include <stdexcept>

namespace nacre::server {

QString PasswordHasher::hash(const QString& password)
{
    Tokens::ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), OpsLimit, MemLimitBytes, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("argon2id hashing ran out of memory");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& storedHash)
{
    Tokens::ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

const QString& PasswordHasher::decoyHash()
{
    static const QString decoy = hash(Tokens::generate(QStringLiteral("decoy_")));
    return decoy;
}

} // namespace nacre::server
