#pragma once

#include "commands/Availability.h"

#include <QAction>
#include <QPushButton>

namespace nacre::ui {

// One thing a person can do on a page (invite, change role, remove, resend, revoke, create role …),
// after KDE Kleopatra's commands: a QAction shared by its button, the table's context menu and its
// shortcut, that owns its whole work — when it is available (and why not), the questions it asks,
// its dialog, its request and what it reports. Pages only lay commands out and tell them what is
// selected; a command changes the model it acts on, and says what happened through statusMessage.
class Command : public QAction
{
    Q_OBJECT

public:
    // `parent` is the widget the command belongs to: its dialogs and questions open over it.
    Command(const QString& text, const QString& description, QWidget* parent);

    // Asks availability() again and enables the command, with a tooltip that says what it does or,
    // when disabled, why.
    void refresh();
    QString description() const { return m_description; }
    virtual Availability availability() const = 0;
    // The widget the command belongs to: its dialogs and questions open over it.
    QWidget* widget() const { return m_widget; }

    // Re-asks every command `owner` holds (its direct children): after a selection, actor or model change.
    static void refreshAll(const QObject* owner);
    // Passes on what every command `owner` holds reports, as `receiver`'s `signal`.
    template <typename Receiver>
    static void forwardStatus(const QObject* owner, Receiver* receiver, void (Receiver::*signal)(const QString&))
    {
        for (Command* command : owner->findChildren<Command*>(Qt::FindDirectChildrenOnly))
            connect(command, &Command::statusMessage, receiver, signal);
    }

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    // The work, run when the command is triggered while available.
    virtual void run() = 0;
    // A busy pointer over the command's widget while its request is out.
    void setBusy(bool busy);

private:
    QWidget* m_widget;
    QString m_description;
};

// A push button that stands for a Command: its text, icon, enabled state and tooltip follow the
// command, and clicking triggers it. (A QPushButton, not a QToolButton, so it looks like the other
// buttons of the page and takes part in the dialog-style default-button handling.)
class CommandButton : public QPushButton
{
    Q_OBJECT

public:
    CommandButton(Command* command, const QString& objectName, QWidget* parent = nullptr);
    Command* command() const { return m_command; }

private:
    void follow();

    Command* m_command;
};

} // namespace nacre::ui
