#include "commands/Command.h"

using namespace Qt::StringLiterals;

namespace nacre::ui {

Command::Command(const QString& text, const QString& description, QObject* parent)
    : QAction(text, parent)
    , m_description(description)
{
    setToolTip(description);
    setStatusTip(description);
}

void Command::setDecide(Decide decide)
{
    m_decide = std::move(decide);
    refresh();
}

void Command::refresh()
{
    m_decision = m_decide ? m_decide() : AccessDecision::allow();
    setEnabled(m_decision.allowed);
    setToolTip(m_decision.allowed ? m_description : m_decision.reason);
}

AccessDecision Command::needSelection(const QString& message)
{
    return AccessDecision {.allowed = false, .code = ProblemCode::Forbidden, .reason = message};
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
    connect(this, &QPushButton::clicked, command, [command] {
        command->refresh(); // the state may have moved on since the button was last painted
        if (command->isEnabled())
            command->trigger();
    });
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
