#include "validation/EmailAddress.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace nacre {

namespace {

bool isAtext(QChar c)
{
    if (c.unicode() > 0x7F)
        return false;
    if (c.isLetterOrNumber())
        return true;
    static const QString specials = u"!#$%&'*+-/=?^_`{|}~"_s;
    return specials.contains(c);
}

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    for (const QChar c : text) {
        if (c != u'.' && !isAtext(c))
            return false;
    }
    return true;
}

// quoted-string = DQUOTE *(qtext / quoted-pair) DQUOTE, printable ASCII only (no obsolete forms).
bool isQuotedString(QStringView text)
{
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return false;
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\\') {
            ++i;
            if (i >= text.size() - 1 || text[i].unicode() < 0x20 || text[i].unicode() > 0x7E)
                return false;
        } else if (c == u'"' || c < 0x20 || c > 0x7E) {
            return false;
        }
    }
    return true;
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > EmailAddress::MaxLabelLength || label.startsWith(u'-')
        || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!(c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-')))
            return false;
    }
    return true;
}

} // namespace

Result<QString> EmailAddress::normalized(QStringView input, const QString& field)
{
    const auto invalid = [&field](const QString& message) {
        return FieldError {field, QString::fromLatin1(ErrorCode::InvalidEmail), message};
    };

    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return FieldError {field, QString::fromLatin1(ErrorCode::Required), tr("Enter an email address.")};

    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0)
        return invalid(tr("An email address needs an @ followed by a domain, as in name@example.com."));
    const QStringView localPart = text.first(at);
    const QStringView domain = text.sliced(at + 1);

    if (localPart.isEmpty())
        return invalid(tr("Something must come before the @."));
    if (!isDotAtom(localPart) && !isQuotedString(localPart))
        return invalid(tr("The part before the @ has a space, a misplaced dot or a character that is not allowed."));
    if (localPart.size() > MaxLocalPartLength)
        return invalid(tr("The part before the @ is longer than %n characters.", nullptr, MaxLocalPartLength));

    if (domain.isEmpty())
        return invalid(tr("A domain must follow the @, as in name@example.com."));
    if (domain.endsWith(u'.') || domain.startsWith(u'.') || domain.contains(u".."))
        return invalid(tr("The domain has a misplaced dot."));

    const QString lowerDomain = domain.toString().toLower();
    const QByteArray ace = QUrl::toAce(lowerDomain, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
    if (ace.isEmpty())
        return invalid(tr("The domain is not a valid internet domain name."));
    const QString asciiDomain = QString::fromLatin1(ace);
    const QStringList labels = asciiDomain.split(u'.');
    if (labels.size() < 2)
        return invalid(tr("The domain needs a dot, as in example.com."));
    for (const QString& label : labels) {
        if (!isHostLabel(label))
            return invalid(tr("The domain is not a valid internet domain name."));
    }
    bool numeric = false;
    labels.constLast().toInt(&numeric);
    if (numeric)
        return invalid(tr("The domain must end in a name such as .com, not a number."));

    if (localPart.size() + 1 + asciiDomain.size() > MaxLength)
        return FieldError {field, QString::fromLatin1(ErrorCode::TooLong),
            tr("An email address can be at most %n characters long.", nullptr, MaxLength)};

    // Identity is case-insensitive in practice, whatever RFC 5321 allows; the domain keeps its
    // Unicode form so that people see the address they typed.
    return localPart.toString().toLower() + u'@' + QUrl::fromAce(ace, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
}

} // namespace nacre
