#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

namespace nacre::ui {

// Light or dark, chosen per computer (it is about the screen, not the account): follow the system,
// or force one. Applies the Fusion style with a palette every widget reads its colours from, so
// pages never hard-code a colour.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(nacre::ui::Appearance)

public:
    enum class Mode { System, Light, Dark };

    struct Choice
    {
        Mode mode;
        QString id; // stored in the settings
        QString name; // translated, for the picker
    };
    static QList<Choice> choices();
    static Mode fromId(const QString& id);
    static QString idOf(Mode mode);

    // Sets the style and palette of the whole application. The first call remembers the
    // platform's own palette, which System goes back to.
    static void apply(Mode mode);
    static QPalette darkPalette();
    static bool isDark(const QPalette& palette);
};

} // namespace nacre::ui
