#include "mail/MailLanguage.h"

#include "domain/RoleRef.h"

#include <QDir>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace nacre::server {

namespace {

// Every catalogue compiled into the server, loaded once (thread-safe: a function's static) and only
// read afterwards.
const std::map<QString, std::unique_ptr<QTranslator>>& catalogues()
{
    static const auto loaded = [] {
        std::map<QString, std::unique_ptr<QTranslator>> found;
        const QDir folder(u":/nacred/i18n"_s);
        for (const QString& file : folder.entryList({u"nacred_*.qm"_s}, QDir::Files, QDir::Name)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(folder.filePath(file)))
                found.emplace(file.mid(7, file.size() - 10), std::move(translator)); // nacred_<code>.qm
        }
        return found;
    }();
    return loaded;
}

// "de_AT", "de-at", "DE" → "de"
QString languageOf(const QString& tag)
{
    return tag.section(u'_', 0, 0).section(u'-', 0, 0).trimmed().toLower();
}

} // namespace

QStringList MailLanguage::shipped()
{
    QStringList codes {u"en"_s};
    for (const auto& [code, translator] : catalogues())
        codes.append(code);
    return codes;
}

MailLanguage MailLanguage::forLocale(const QString& locale)
{
    const QString language = languageOf(locale);
    const auto& found = catalogues();
    const auto it = found.find(language);
    if (it == found.end())
        return MailLanguage(u"en"_s, nullptr);
    return MailLanguage(it->first, it->second.get());
}

std::optional<MailLanguage> MailLanguage::fromAcceptLanguage(const QByteArray& header)
{
    // "fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5": the highest weight first, ties in the order written.
    struct Choice
    {
        QString language;
        double weight;
    };
    QList<Choice> choices;
    for (const QByteArray& part : header.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QString language = languageOf(QString::fromLatin1(fields.value(0)));
        double weight = 1.0;
        for (const QByteArray& field : fields.mid(1)) {
            const QByteArray trimmed = field.trimmed();
            if (trimmed.startsWith("q="))
                weight = trimmed.mid(2).toDouble();
        }
        if (!language.isEmpty() && language != u"*"_s && weight > 0)
            choices.append({language, weight});
    }
    std::stable_sort(
        choices.begin(), choices.end(), [](const Choice& a, const Choice& b) { return a.weight > b.weight; });
    const QStringList ours = shipped();
    for (const Choice& choice : choices) {
        if (ours.contains(choice.language))
            return forLocale(choice.language);
    }
    return std::nullopt;
}

QString MailLanguage::translate(const char* context, const char* source, const char* disambiguation) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source, disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString MailLanguage::dateTime(const QDateTime& moment) const
{
    //: How the date and time of a mail's expiry is written, in Qt's date format (MMMM: the month's
    //: name in this language; the time is in UTC). Keep the letters; change their order and the rest.
    const QString format = translate("nacre::server::MailLanguage", "MMMM d, yyyy, HH:mm");
    return locale().toString(moment.toUTC(), format);
}

QString MailLanguage::roleName(const RoleRef& role) const
{
    switch (role.builtin) {
    case BuiltinRole::Owner:
        return translate("nacre::server::MailLanguage", "Owner");
    case BuiltinRole::Admin:
        return translate("nacre::server::MailLanguage", "Admin");
    case BuiltinRole::Member:
        return translate("nacre::server::MailLanguage", "Member");
    case BuiltinRole::None:
        break;
    }
    return role.name;
}

} // namespace nacre::server
