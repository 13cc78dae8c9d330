#include "widgets/Prompter.h"

#include <QDialog>

namespace nacre::ui {

QMessageBox::StandardButton Prompter::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void Prompter::tell(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

int Prompter::run(QDialog& dialog)
{
    return dialog.exec();
}

} // namespace nacre::ui
