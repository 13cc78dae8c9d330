#include "shell/MainWindow.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// Issue 15: every page of the window can be used with a screen reader and a keyboard. Each visible
// control has an accessible name (what a screen reader says: its own, its text, or its label's),
// and each one that is enabled can be reached with Tab.
class TestAccessibility : public QObject
{
    Q_OBJECT

    static bool isControl(QWidget* widget)
    {
        return qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
    }

    static QString describe(QWidget* widget)
    {
        return u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }

    // What a screen reader announces the control as. A button says its text; a field, list or
    // table needs a name of its own or a label that is its buddy (a combo box's current text, which
    // Qt would read otherwise, is its value, not its name).
    static QString nameOf(QWidget* widget)
    {
        if (!widget->accessibleName().trimmed().isEmpty())
            return widget->accessibleName();
        if (qobject_cast<QAbstractButton*>(widget)) {
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        }
        for (QLabel* label : widget->window()->findChildren<QLabel*>()) {
            if (label->buddy() == widget && !label->text().trimmed().isEmpty())
                return label->text();
        }
        return {};
    }

    // What is wrong with the controls shown under `page`.
    static QStringList problemsIn(const QString& pageName, QWidget* page)
    {
        QStringList problems;
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (!widget->isVisible() || !isControl(widget))
                continue;
            // Parts of another control, named through it: a table's headers, a combo box's or spin
            // box's editor, a button's inner widgets.
            QWidget* parent = widget->parentWidget();
            if (qobject_cast<QAbstractButton*>(parent) || qobject_cast<QComboBox*>(parent)
                || qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QAbstractItemView*>(parent)
                || widget->objectName().startsWith(u"qt_"_s))
                continue;
            if (nameOf(widget).isEmpty())
                problems.append(u"%1: %2 has no accessible name"_s.arg(pageName, describe(widget)));
            if (widget->isEnabled() && !(widget->focusPolicy() & Qt::TabFocus))
                problems.append(u"%1: %2 cannot be reached with Tab"_s.arg(pageName, describe(widget)));
        }
        return problems;
    }

private Q_SLOTS:
    void everyPageNamesItsControlsAndTabsToThem()
    {
        test::WindowFixture f(false);
        f.server.createRole(f.owner, f.acme, u"Support"_s, {u"calls.view"_s});
        f.open(f.owner);
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        QAccessible::setActive(true);
        QStringList problems;
        int controls = 0;
        f.visitEveryPage([&](const QString& where, QWidget* page) {
            problems += problemsIn(where, page);
            if (where == u"sidebar"_s)
                return;
            for (QWidget* widget : page->findChildren<QWidget*>())
                controls += widget->isVisible() && isControl(widget) ? 1 : 0;
        });
        qInfo("accessibility: %d visible controls checked", controls);
        QVERIFY(controls > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
