#include "validation/NameRules.h"

namespace nacre {

namespace {

constexpr char32_t InvalidCodePoint = 0xFFFFFFFF;

// Calls `visit` with each code point; an unpaired surrogate is passed as InvalidCodePoint.
template <typename Visitor>
void forEachCodePoint(QStringView text, Visitor visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            visit(c.isSurrogate() ? InvalidCodePoint : char32_t(c.unicode()));
        }
    }
}

// Control characters, line/paragraph separators and bidirectional overrides have no place in a name:
// they break table rows and can make one name render as another.
bool isForbiddenInName(char32_t c)
{
    if (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        return true;
    if (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

} // namespace

int NameRules::characterCount(QStringView text)
{
    int count = 0;
    forEachCodePoint(text, [&count](char32_t) { ++count; });
    return count;
}

Result<QString> NameRules::checkedName(QStringView input, const QString& field, int maxLength)
{
    const QString name = input.trimmed().toString().normalized(QString::NormalizationForm_C);
    if (name.isEmpty())
        return FieldError {field, QString::fromLatin1(ErrorCode::Required), tr("Enter a name.")};

    bool forbidden = false;
    forEachCodePoint(
        name, [&forbidden](char32_t c) { forbidden = forbidden || c == InvalidCodePoint || isForbiddenInName(c); });
    if (forbidden)
        return FieldError {field, QString::fromLatin1(ErrorCode::ControlCharacter),
            tr("The name contains a control or invisible formatting character.")};
    if (characterCount(name) > maxLength)
        return FieldError {field, QString::fromLatin1(ErrorCode::TooLong),
            tr("The name is too long: at most %n characters.", nullptr, maxLength)};
    return name;
}

Result<QString> NameRules::displayName(QStringView input, const QString& field)
{
    return checkedName(input, field, MaxDisplayNameLength);
}

Result<QString> NameRules::workspaceName(QStringView input, const QString& field)
{
    return checkedName(input, field, MaxWorkspaceNameLength);
}

Result<QString> NameRules::roleName(QStringView input, const QString& field)
{
    return checkedName(input, field, MaxRoleNameLength);
}

QString NameRules::identityKey(QStringView name)
{
    // Qt's toCaseFolded() is simple folding ("ß" stays "ß"); upper-casing first applies the full
    // special casing ("ß" becomes "SS"), so "Straße" and "STRASSE" are the same name.
    return name.trimmed().toString().normalized(QString::NormalizationForm_KC).toUpper().toCaseFolded();
}

} // namespace nacre
