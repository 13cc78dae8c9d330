#include "shell/KeyboardShortcutsDialog.h"
#include "shell/MainWindow.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "users/MembersTab.h"
#include "users/RolesTab.h"
#include "users/UsersPage.h"
#include "widgets/Shortcuts.h"

#include <QAction>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace nacre;

// Issue 15: the window works from the keyboard, and Help > Keyboard Shortcuts says how: every key
// the window binds is in the list, and every key the list names does what it says.
class TestKeyboard : public QObject
{
    Q_OBJECT

    static QString keys(const QKeySequence& sequence) { return sequence.toString(QKeySequence::NativeText); }

    // The keys column of the list, as shown.
    static QStringList listedKeys(QTreeWidget* list)
    {
        QStringList listed;
        for (int group = 0; group < list->topLevelItemCount(); ++group) {
            for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row)
                listed += list->topLevelItem(group)->child(row)->text(0).split(u", "_s);
        }
        return listed;
    }

    // Every key sequence an action or shortcut of the window is bound to (the window's own pages and
    // its Users page's commands, tables and search).
    static QStringList boundKeys(QWidget* window)
    {
        QStringList bound;
        for (QAction* action : window->findChildren<QAction*>()) {
            for (const QKeySequence& sequence : action->shortcuts())
                bound.append(keys(sequence));
        }
        for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
            if (!shortcut->key().isEmpty())
                bound.append(keys(shortcut->key()));
        }
        bound.removeDuplicates();
        return bound;
    }

private Q_SLOTS:
    void theListNamesEveryKeyTheWindowBinds()
    {
        test::WindowFixture f(false);
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        auto* help = f.window->findChild<QMenu*>(u"helpMenu"_s);
        QVERIFY(help);
        QVERIFY(f.window->menuBar()->actions().contains(help->menuAction()));
        QAction* open = f.window->findChild<QAction*>(u"keyboardShortcutsAction"_s);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::HelpContents));
        open->trigger();
        QTreeWidget* list = nullptr;
        QTRY_VERIFY((list = f.window->findChild<QTreeWidget*>(u"shortcutList"_s)) != nullptr);
        const QStringList listed = listedKeys(list);
        QStringList bound = boundKeys(f.window.get());
        QVERIFY(bound.size() >= 8);
        // Ctrl+number past the last page does nothing (see below), so it is not listed.
        const QList<ui::Sidebar::Page> pages = f.window->sidebar()->pages();
        for (int n = int(pages.size()) + 1; n <= ui::Shortcuts::PageCount; ++n)
            bound.removeAll(keys(ui::Shortcuts::page(n)));
        for (const QString& sequence : bound)
            QVERIFY2(listed.contains(sequence), qPrintable(sequence + u" is bound but not listed"_s));
        // Each page the sidebar shows has its Ctrl+number, named after it.
        QVERIFY(pages.size() >= 5);
        for (int i = 0; i < pages.size(); ++i) {
            const QList<QTreeWidgetItem*> rows
                = list->findItems(keys(ui::Shortcuts::page(i + 1)), Qt::MatchExactly | Qt::MatchRecursive, 0);
            QCOMPARE(rows.size(), 1);
            QVERIFY2(rows.first()->text(1).contains(pages.at(i).title), qPrintable(rows.first()->text(1)));
        }
        // What the window binds is listed; what Qt gives every window (Tab, Enter, Esc, the arrows,
        // the Menu key, select all, Alt with a mnemonic) is listed too, and nothing else.
        const QStringList qtOwn {keys(QKeySequence(Qt::Key_Tab)), keys(QKeySequence(Qt::SHIFT | Qt::Key_Tab)),
            keys(QKeySequence(Qt::Key_Return)), keys(QKeySequence(Qt::Key_Escape)), keys(QKeySequence(Qt::Key_Up)),
            keys(QKeySequence(Qt::Key_Down)), keys(QKeySequence(Qt::Key_Menu)),
            keys(QKeySequence(Qt::SHIFT | Qt::Key_F10)), keys(QKeySequence::SelectAll)};
        for (const QString& sequence : listed) {
            QVERIFY2(bound.contains(sequence) || qtOwn.contains(sequence) || sequence.startsWith(u"Alt+"_s),
                qPrintable(sequence + u" is listed but nothing is bound to it"_s));
        }
    }

    void ctrlNumberOpensThePagesInTheOrderListed()
    {
        test::WindowFixture f(false);
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        QApplication::setActiveWindow(f.window.get());
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        const QList<ui::Sidebar::Page> pages = f.window->sidebar()->pages();
        for (int i = int(pages.size()) - 1; i >= 0; --i) {
            QTest::keySequence(f.window.get(), ui::Shortcuts::page(i + 1));
            QTRY_COMPARE(f.window->currentPageKey(), pages.at(i).key);
            QCOMPARE(f.window->sidebar()->currentPage(), pages.at(i).key);
        }
        // A number past the last page does nothing.
        const QString before = f.window->currentPageKey();
        QTest::keySequence(f.window.get(), ui::Shortcuts::page(9));
        QTest::qWait(50);
        QCOMPARE(f.window->currentPageKey(), before);
        // F1 opens the list from anywhere in the window.
        QTest::keySequence(f.window.get(), ui::Shortcuts::keyboardHelp());
        QTRY_VERIFY(test::visibleTopLevel<QDialog>(u"keyboardShortcutsDialog"_s));
        test::visibleTopLevel<QDialog>(u"keyboardShortcutsDialog"_s)->reject();
    }

    // Enter on a row does what the list says: a member's details, a role's editor.
    void enterOnARowOpensIt()
    {
        test::WindowFixture f(false);
        f.addSupportMember(u"ines@acme.example"_s);
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        QApplication::setActiveWindow(f.window.get());
        f.window->showPage(u"users"_s);
        ui::UsersPage* users = f.window->usersPage();
        QTRY_VERIFY(f.members.rowCount() >= 2 && f.roles.rowCount() >= 4);

        QTableView* members = users->membersTab()->table();
        members->setFocus();
        members->setCurrentIndex(members->model()->index(1, 0));
        QTest::keyClick(members, Qt::Key_Return);
        QTRY_VERIFY(test::visibleTopLevel<QDialog>(u"memberDetailsDialog"_s));
        test::visibleTopLevel<QDialog>(u"memberDetailsDialog"_s)->reject();

        users->tabs()->setCurrentWidget(users->rolesTab());
        QTableView* roles = users->rolesTab()->table();
        roles->setFocus();
        for (int row = 0; row < roles->model()->rowCount(); ++row) {
            if (roles->model()->index(row, 0).data().toString() == u"Support"_s)
                roles->setCurrentIndex(roles->model()->index(row, 0));
        }
        roles->selectRow(roles->currentIndex().row());
        QTest::keyClick(roles, Qt::Key_Return);
        QTRY_VERIFY(test::visibleTopLevel<QDialog>(u"roleEditor"_s));
        test::visibleTopLevel<QDialog>(u"roleEditor"_s)->reject();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
