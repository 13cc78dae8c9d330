#pragma once

#include "permissions/AccessRules.h"

#include <QAction>
#include <QPushButton>

#include <functional>

namespace nacre::ui {

// One thing a person can do on a page (invite, change role, remove, resend, revoke, create role …):
// a QAction shared by its button, the table's context menu and its shortcut. refresh() asks the
// command's decision — the same access rules the server applies, plus "is something selected" —
// and enables it, with a tooltip that says what it does or, when disabled, why.
class Command : public QAction
{
    Q_OBJECT

public:
    using Decide = std::function<AccessDecision()>;

    Command(const QString& text, const QString& description, QObject* parent);

    void setDecide(Decide decide);
    void refresh();
    const AccessDecision& decision() const { return m_decision; }
    QString description() const { return m_description; }

    // The common "nothing selected" refusal, worded for the things listed.
    static AccessDecision needSelection(const QString& message);
    // Re-asks every command `owner` holds (its direct children): after a selection, actor or model change.
    static void refreshAll(const QObject* owner);

private:
    QString m_description;
    Decide m_decide;
    AccessDecision m_decision = AccessDecision::allow();
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
