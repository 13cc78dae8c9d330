#include "auth/RecoveryCodes.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

constexpr QLatin1StringView Alphabet {"abcdefghjkmnpqrstuvwxyz23456789"}; // no i, l, o, 0, 1
constexpr int Length = 10;

} // namespace

QStringList RecoveryCodes::generate()
{
    QStringList codes;
    QRandomGenerator* random = QRandomGenerator::system(); // the OS's cryptographic source
    while (codes.size() < Count) {
        QString code;
        for (int i = 0; i < Length; ++i) {
            if (i == Length / 2)
                code += u'-';
            code += Alphabet.at(random->bounded(int(Alphabet.size())));
        }
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString RecoveryCodes::hash(const QString& userId, const QString& normalized)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((userId + u':' + normalized).toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> RecoveryCodes::normalize(const QString& typed)
{
    QString code = typed.toLower();
    code.remove(u'-');
    code.remove(u' ');
    if (code.size() != Length)
        return std::nullopt;
    for (const QChar c : std::as_const(code)) {
        if (!Alphabet.contains(c))
            return std::nullopt;
    }
    return code;
}

} // namespace nacre::server
