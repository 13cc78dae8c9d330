#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

namespace nacre::ui {

// The languages Nacre's interface is translated into, and switching between them at run time.
// English is built in; others are .qm files compiled from translations/*.ts into the resources.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(nacre::ui::Translations)

public:
    struct Language
    {
        QString locale; // "en", "de"
        QString name; // in the language itself: "English", "Deutsch"
    };

    static QList<Language> available();
    // The best available match for a locale name ("de_AT" gives "de"); "en" when there is none.
    static QString bestMatch(const QString& locale);
    // Installs the translators for `locale` (replacing the previous ones) and makes it the default
    // QLocale. Returns the locale actually applied.
    static QString apply(const QString& locale);
    static QString current();
};

} // namespace nacre::ui
