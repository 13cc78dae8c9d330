#include "commands/Command.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace nacre::ui {

Command::Command(const QString& text, const QString& description, QWidget* parent)
    : QAction(text, parent)
    , m_widget(parent)
    , m_description(description)
{
    setToolTip(description);
    setStatusTip(description);
    // Asked again at the moment of use: a shortcut may fire before anything refreshed the command.
    connect(this, &QAction::triggered, this, [this] {
        refresh();
        if (isEnabled())
            run();
    });
}

void Command::refresh()
{
    const Availability now = availability();
    setEnabled(now.available);
    setToolTip(now.available ? m_description : now.reason);
}

void Command::setBusy(bool busy)
{
    if (!m_widget)
        return;
    if (busy)
        m_widget->setCursor(Qt::BusyCursor);
    else
        m_widget->unsetCursor();
}

void Command::refreshAll(const QObject* owner)
{
    for (Command* command : owner->findChildren<Command*>(Qt::FindDirectChildrenOnly))
        command->refresh();
}

CommandButton::CommandButton(Command* command, const QString& objectName, QWidget* parent)
    : QPushButton(parent)
    , m_command(command)
{
    setObjectName(objectName);
    connect(command, &QAction::changed, this, &CommandButton::follow);
    connect(this, &QPushButton::clicked, command, &QAction::trigger);
    follow();
}

void CommandButton::follow()
{
    setText(m_command->text());
    setIcon(m_command->icon());
    setEnabled(m_command->isEnabled());
    setToolTip(m_command->toolTip());
    // The accessible name is the text without the mnemonic ampersand and ellipsis.
    QString name = m_command->text();
    name.remove(u'&');
    if (name.endsWith(u'…'))
        name.chop(1);
    setAccessibleName(name);
    setAccessibleDescription(m_command->toolTip());
}

} // namespace nacre::ui
