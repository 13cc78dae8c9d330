#include "shell/HelpMenu.h"

#include "NacreVersion.h"
#include "shell/KeyboardShortcutsDialog.h"
#include "widgets/Shortcuts.h"

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace nacre::ui {

HelpMenu::HelpMenu(const Sidebar& sidebar, QWidget* window)
    : QMenu(tr("&Help"), window)
    , m_sidebar(sidebar)
{
    setObjectName(u"helpMenu"_s);
    QAction* keyboardShortcuts = addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showKeyboardShortcuts);
    keyboardShortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    keyboardShortcuts->setShortcut(Shortcuts::keyboardHelp());
    keyboardShortcuts->setShortcutContext(Qt::WindowShortcut);
    // The menu bar's actions work only while it is shown; the window carries the shortcut too.
    window->addAction(keyboardShortcuts);
    addSeparator();
    QAction* about = addAction(tr("&About Nacre"), this, &HelpMenu::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::showKeyboardShortcuts()
{
    auto* dialog = new KeyboardShortcutsDialog(m_sidebar, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(parentWidget(), tr("About Nacre"),
        tr("<p><b>Nacre %1</b></p><p>The console for a Pearls workspace: who is in it, what each person may do, "
           "and how it is set up.</p><p>Qt %2</p>")
            .arg(QStringLiteral(NACRE_VERSION_STRING), QString::fromLatin1(qVersion())));
}

} // namespace nacre::ui
