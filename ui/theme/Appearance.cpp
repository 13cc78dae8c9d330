#include "theme/Appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
std::optional<QPalette>& systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}
} // namespace

QList<Appearance::Choice> Appearance::choices()
{
    return {
        {Mode::System, u"system"_s, tr("Same as the system")},
        {Mode::Light, u"light"_s, tr("Light")},
        {Mode::Dark, u"dark"_s, tr("Dark")},
    };
}

Appearance::Mode Appearance::fromId(const QString& id)
{
    for (const Choice& choice : choices()) {
        if (choice.id == id)
            return choice.mode;
    }
    return Mode::System;
}

QString Appearance::idOf(Mode mode)
{
    for (const Choice& choice : choices()) {
        if (choice.mode == mode)
            return choice.id;
    }
    return u"system"_s;
}

bool Appearance::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QPalette Appearance::darkPalette()
{
    // Fields and lists a shade lighter than the window: Fusion outlines check boxes and frames in
    // a darker window colour, which must stand out against them.
    const QColor window(0x26, 0x28, 0x2c);
    const QColor base(0x31, 0x33, 0x38);
    const QColor text(0xe8, 0xe9, 0xeb);
    const QColor muted(0x80, 0x85, 0x8d);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2e, 0x33));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x43));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2b));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6e, 0xa8, 0xfe));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

void Appearance::apply(Mode mode)
{
    if (!systemPalette())
        systemPalette() = QApplication::palette();
    // Fusion draws with the palette alone, so light and dark look the same apart from colour.
    if (QStyle* fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    switch (mode) {
    case Mode::System:
        QApplication::setPalette(*systemPalette());
        break;
    case Mode::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace nacre::ui
