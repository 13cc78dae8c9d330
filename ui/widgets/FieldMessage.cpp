#include "widgets/FieldMessage.h"

namespace nacre::ui {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    QPalette palette = this->palette();
    // A red that keeps its contrast on light and dark window colours.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c));
    setPalette(palette);
    setVisible(false);
}

void FieldMessage::showError(const QString& message)
{
    setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
}

} // namespace nacre::ui
