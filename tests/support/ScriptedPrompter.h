#pragma once

#include "widgets/Prompter.h"

#include <QStringList>

namespace nacre::test {

// Answers the UI's questions from a script instead of showing modal message boxes, and remembers
// what was asked and told so tests can check that a refusal reached the person.
class ScriptedPrompter : public ui::Prompter
{
public:
    QList<QMessageBox::StandardButton> answers;
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
};

} // namespace nacre::test
