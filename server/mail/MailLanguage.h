#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

namespace nacre {
struct RoleRef;
}

namespace nacre::server {

// The language the server writes to one person in: their mail (invitations in the inviter's, password
// resets in the account's own) and the invitation's web page. Its texts come from the server's own
// catalogues, translations/nacred_<language>.ts, compiled into the server (:/nacred/i18n); English,
// the source language, needs none. Each request picks its language: nothing is installed
// application-wide, so threads serving different people never see each other's.
class MailLanguage
{
public:
    // The shipped language that best matches a profile locale or a language tag ("fr", "de_AT",
    // "he-IL"); English when none does.
    static MailLanguage forLocale(const QString& locale);
    // The best shipped language of an HTTP Accept-Language header, in the reader's order of
    // preference; none when it names none we ship (English counts only when named).
    static std::optional<MailLanguage> fromAcceptLanguage(const QByteArray& header);
    static QStringList shipped(); // "en" and each catalogue's language

    QString code() const { return m_code; }
    QLocale locale() const { return QLocale(m_code); }
    bool rightToLeft() const { return locale().textDirection() == Qt::RightToLeft; }
    // The text in this language; the source (English) where the catalogue has none. lupdate reads
    // the calls: translate("context", "source") with literals.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr) const;
    // A moment as this language writes it (long month name), in UTC.
    QString dateTime(const QDateTime& moment) const;
    // A built-in role by its name in this language; a workspace's own role by the name it was given.
    QString roleName(const RoleRef& role) const;

private:
    MailLanguage(QString code, const QTranslator* translator)
        : m_code(std::move(code))
        , m_translator(translator)
    { }

    QString m_code;
    const QTranslator* m_translator = nullptr; // null for English
};

} // namespace nacre::server
