#include "validation/EmailListParser.h"

#include "validation/EmailAddress.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nacre {

namespace {

// Splits at separator characters that stand outside "quoted strings" and <angle brackets>.
template <typename IsSeparator>
QList<QStringView> splitTopLevel(QStringView text, IsSeparator isSeparator)
{
    QList<QStringView> pieces;
    bool quoted = false;
    bool angled = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'<') {
            angled = true;
        } else if (c == u'>') {
            angled = false;
        } else if (!angled && isSeparator(c)) {
            pieces.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    pieces.append(text.sliced(start));
    pieces.removeIf([](QStringView piece) { return piece.trimmed().isEmpty(); });
    return pieces;
}

// Index of the first '<' outside a quoted string, or -1.
qsizetype angleStart(QStringView token)
{
    bool quoted = false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (quoted) {
            if (token[i] == u'\\')
                ++i;
            else if (token[i] == u'"')
                quoted = false;
        } else if (token[i] == u'"') {
            quoted = true;
        } else if (token[i] == u'<') {
            return i;
        }
    }
    return -1;
}

bool looksLikeAddress(QStringView token)
{
    return token.contains(u'@');
}

QString unquotedName(const QStringList& words)
{
    QString name = words.join(u' ').trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
        name = name.sliced(1, name.size() - 2);
        name.replace(u"\\\""_s, u"\""_s);
        name.replace(u"\\\\"_s, u"\\"_s);
    }
    return name.trimmed();
}

class EntryCollector
{
public:
    explicit EntryCollector(const QString& field)
        : m_field(field)
    { }

    void addAddress(const QString& input, QStringView address, const QString& displayName)
    {
        const QString field = u"%1[%2]"_s.arg(m_field).arg(m_entries.size());
        auto result = EmailAddress::normalized(address, field);
        if (result.isOk()) {
            const auto seen = m_indexByAddress.constFind(result.value());
            if (seen != m_indexByAddress.cend()) {
                ++m_entries[*seen].occurrences;
                return;
            }
            m_indexByAddress.insert(result.value(), m_entries.size());
            m_entries.append(EmailListEntry {input, std::move(result).value(), displayName, 1, {}});
        } else {
            m_entries.append(EmailListEntry {input, {}, displayName, 1, result.error()});
        }
    }

    void addNotAnAddress(const QString& input)
    {
        const QString field = u"%1[%2]"_s.arg(m_field).arg(m_entries.size());
        m_entries.append(EmailListEntry {input, {}, {}, 1,
            FieldError {field, QString::fromLatin1(ErrorCode::InvalidEmail),
                EmailListParser::tr("\u201c%1\u201d is not an email address.").arg(input)}});
    }

    QList<EmailListEntry> take() { return std::move(m_entries); }

private:
    QString m_field;
    QList<EmailListEntry> m_entries;
    QHash<QString, qsizetype> m_indexByAddress;
};

} // namespace

QList<EmailListEntry> EmailListParser::parse(QStringView text, const QString& field)
{
    EntryCollector collector(field);
    const auto isListSeparator = [](QChar c) {
        return c == u',' || c == u';' || c == u'\n' || c == u'\r';
    };
    const auto isSpace = [](QChar c) {
        return c.isSpace();
    };

    for (const QStringView segment : splitTopLevel(text, isListSeparator)) {
        QStringList pendingWords; // words seen since the last address: a display name, or stray text
        const auto flushStrayWords = [&] {
            for (const QString& word : std::as_const(pendingWords))
                collector.addNotAnAddress(word);
            pendingWords.clear();
        };

        for (const QStringView rawToken : splitTopLevel(segment, isSpace)) {
            const QStringView token = rawToken.trimmed();
            const qsizetype angle = angleStart(token);
            if (angle >= 0) {
                // `Name <address>`, possibly written without a space before the bracket.
                if (angle > 0)
                    pendingWords.append(token.first(angle).toString());
                QStringView address = token.sliced(angle + 1);
                if (address.endsWith(u'>'))
                    address.chop(1);
                const QString name = unquotedName(pendingWords);
                const QString input = (pendingWords.join(u' ') + u' ' + token.sliced(angle).toString()).trimmed();
                pendingWords.clear();
                collector.addAddress(input, address.trimmed(), name);
            } else if (looksLikeAddress(token)) {
                flushStrayWords();
                collector.addAddress(token.toString(), token, {});
            } else {
                pendingWords.append(token.toString());
            }
        }
        if (!pendingWords.isEmpty()) {
            // A quoted display name with no address after it is one mistake, not one per word.
            const QString joined = pendingWords.join(u' ');
            if (joined.startsWith(u'"'))
                collector.addNotAnAddress(joined);
            else
                flushStrayWords();
        }
    }
    return collector.take();
}

QStringList EmailListParser::validAddresses(const QList<EmailListEntry>& entries)
{
    QStringList addresses;
    for (const EmailListEntry& entry : entries) {
        if (entry.isValid())
            addresses.append(entry.address);
    }
    return addresses;
}

} // namespace nacre
