#pragma once

#include <QMenu>

namespace nacre::ui {

class Sidebar;

// The window's Help menu: Keyboard Shortcuts (F1) and About Nacre.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(const Sidebar& sidebar, QWidget* window);

private:
    void showKeyboardShortcuts();
    void showAbout();

    const Sidebar& m_sidebar;
};

} // namespace nacre::ui
