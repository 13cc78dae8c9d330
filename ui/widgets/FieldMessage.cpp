#include "widgets/FieldMessage.h"

#include <QEvent>

namespace nacre::ui {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    applyErrorColor();
    setVisible(false);
}

void FieldMessage::applyErrorColor()
{
    QPalette palette = this->palette();
    const QColor wanted = errorColor(palette);
    if (palette.color(QPalette::WindowText) == wanted)
        return; // also ends the palette change this causes
    palette.setColor(QPalette::WindowText, wanted);
    setPalette(palette);
}

void FieldMessage::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyErrorColor();
}

QColor FieldMessage::errorColor(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
}

void FieldMessage::showError(const QString& message)
{
    setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
}

} // namespace nacre::ui
