#include "widgets/FieldMessage.h"

namespace nacre::ui {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    setPalette(palette);
    setVisible(false);
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
