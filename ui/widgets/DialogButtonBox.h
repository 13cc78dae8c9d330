#pragma once

#include <QDialogButtonBox>

namespace nacre::ui {

// A QDialogButtonBox whose every button Tab reaches. Qt 6.4's addButton() makes the added button
// the box's focus proxy, and Tab then jumps from the fields to that button and treats the rest of
// the box as done: Cancel and OK were never reached by keyboard in a dialog with an extra button
// (Back, Change Server…). This box keeps no focus proxy; Tab visits its buttons in turn. Every dialog
// uses it, so a button added to any of them later is reachable too.
class DialogButtonBox : public QDialogButtonBox
{
    Q_OBJECT

public:
    using QDialogButtonBox::QDialogButtonBox;

protected:
    bool event(QEvent* event) override;
};

} // namespace nacre::ui
