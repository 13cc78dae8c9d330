#pragma once

#include <QLabel>

namespace nacre::ui {

// The line under a form field that says what is wrong with it. Hidden while there is nothing to say;
// coloured from the palette so it reads in light and dark themes.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);
    void showError(const QString& message);
    void clearMessage() { showError({}); }

    // A red that keeps its contrast on the palette's window colour, light or dark.
    static QColor errorColor(const QPalette& palette);

protected:
    void changeEvent(QEvent* event) override; // follows a switch between light and dark

private:
    void applyErrorColor();
};

} // namespace nacre::ui
