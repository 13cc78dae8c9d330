#include "auth/Tokens.h"

#include <QCryptographicHash>
#include <QUuid>

#include <array>
#include <sodium.h>
#include <stdexcept>

namespace nacre::server {

void Tokens::ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialized");
}

QString Tokens::generate(const QString& prefix)
{
    ensureSodium();
    std::array<unsigned char, 32> bytes {};
    randombytes_buf(bytes.data(), bytes.size());
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    return prefix + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Tokens::hash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Tokens::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace nacre::server
