#pragma once

#include <QCoreApplication>
#include <QKeySequence>

namespace nacre::ui {

// The key sequences of the window, in one place: the commands and shortcuts that use them, and
// Help > Keyboard Shortcuts that lists them, read the same ones, so the list cannot drift from what
// the keys do (tst_keyboard checks both ways).
class Shortcuts
{
    Q_DECLARE_TR_FUNCTIONS(nacre::ui::Shortcuts)

public:
    static QKeySequence switchWorkspace() { return QKeySequence(tr("Ctrl+K")); }
    static QKeySequence invite() { return QKeySequence(tr("Ctrl+I")); }
    static QKeySequence findMembers() { return QKeySequence(QKeySequence::Find); }
    static QKeySequence removeSelected() { return QKeySequence(QKeySequence::Delete); }
    static QKeySequence keyboardHelp() { return QKeySequence(QKeySequence::HelpContents); }
    static constexpr int PageCount = 9;
    // The n-th page of the sidebar (1 … PageCount), in the order it lists them.
    static QKeySequence page(int n) { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)); }
};

} // namespace nacre::ui
