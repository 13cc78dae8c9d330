#include "i18n/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

struct Installed
{
    QString locale = u"en"_s;
    std::unique_ptr<QTranslator> nacre;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    QList<Language> languages {{u"en"_s, u"English"_s}};
    const QStringList files = QDir(u":/nacre/i18n"_s).entryList({u"nacre_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString locale = file.mid(6, file.size() - 9); // nacre_<locale>.qm
        if (locale == u"en"_s)
            continue; // English is the source language; its file only holds plural forms
        QString name = QLocale(locale).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({locale, name.isEmpty() ? locale : name});
    }
    return languages;
}

QString Translations::bestMatch(const QString& locale)
{
    const QString language = locale.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    for (const Language& available : Translations::available()) {
        if (available.locale == locale || available.locale == language)
            return available.locale;
    }
    return u"en"_s;
}

QString Translations::apply(const QString& requested)
{
    const QString locale = bestMatch(requested);
    Installed& state = installed();
    if (state.nacre)
        QCoreApplication::removeTranslator(state.nacre.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.nacre.reset();
    state.qt.reset();
    state.locale = locale;
    QLocale::setDefault(QLocale(locale));
    // Hebrew (and any right-to-left language) lays the whole window out from the right.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(QLocale(locale).textDirection());

    auto nacre = std::make_unique<QTranslator>();
    if (nacre->load(u":/nacre/i18n/nacre_"_s + locale + u".qm"_s)) {
        QCoreApplication::installTranslator(nacre.get());
        state.nacre = std::move(nacre);
    }
    // Qt's own strings (standard buttons, context menus), when the distribution ships them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(locale), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return locale;
}

QString Translations::current()
{
    return installed().locale;
}

} // namespace nacre::ui
