#pragma once

#include "widgets/Prompter.h"

#include <QDialog>
#include <QStringList>

#include <functional>

namespace nacre::test {

// Answers the UI's questions from a script instead of showing modal message boxes, and remembers
// what was asked and told so tests can check that a refusal reached the person.
class ScriptedPrompter : public ui::Prompter
{
public:
    QList<QMessageBox::StandardButton> answers;
    // Fill in the UI's own dialogs, in the order they come: shown, not modal, so a failing check in a
    // script ends the test instead of leaving a modal loop waiting. Without a script: cancelled.
    QList<std::function<void(QDialog&)>> dialogs;
    QStringList asked;
    QStringList told;

    QMessageBox::StandardButton ask(QWidget*, QMessageBox::Icon, const QString& title, const QString& text,
        QMessageBox::StandardButtons, QMessageBox::StandardButton defaultButton) override
    {
        asked.append(title + QStringLiteral(": ") + text);
        return answers.isEmpty() ? defaultButton : answers.takeFirst();
    }

    void tell(QWidget*, QMessageBox::Icon, const QString& title, const QString& text) override
    {
        told.append(title + QStringLiteral(": ") + text);
    }

    int run(QDialog& dialog) override
    {
        if (dialogs.isEmpty())
            return QDialog::Rejected;
        dialog.show();
        dialogs.takeFirst()(dialog);
        const int result = dialog.result();
        dialog.hide();
        return result;
    }
};

} // namespace nacre::test
