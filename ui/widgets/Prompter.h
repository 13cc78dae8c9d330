#pragma once

#include <QMessageBox>
#include <QString>

class QDialog;
class QWidget;

namespace nacre::ui {

// Every question and notice the UI puts to a person goes through here, so GUI tests can answer
// them (by subclassing) instead of blocking on a real modal message box.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // Returns the button the person chose among `buttons`.
    virtual QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    virtual void tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
    // A dialog of the UI's own that must be answered before going on (typing a workspace's name to
    // delete it): modal here, filled in by a script in tests. Returns QDialog::Accepted or Rejected.
    virtual int run(QDialog& dialog);
};

} // namespace nacre::ui
