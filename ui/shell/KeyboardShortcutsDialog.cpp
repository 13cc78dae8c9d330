#include "shell/KeyboardShortcutsDialog.h"

#include "shell/Sidebar.h"
#include "widgets/DialogButtonBox.h"
#include "widgets/Shortcuts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

QString keys(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

// Two keys that do the same: "Tab, Shift+Tab".
QString either(const QKeySequence& one, const QKeySequence& other)
{
    return keys(one) + u", "_s + keys(other);
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const Sidebar& sidebar, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget;
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("What they do")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::StrongFocus);

    QList<QPair<QString, QString>> window {{keys(Shortcuts::switchWorkspace()), tr("Switch workspace, or create one")}};
    const QList<Sidebar::Page> pages = sidebar.pages();
    for (int i = 0; i < pages.size() && i < Shortcuts::PageCount; ++i)
        window.append({keys(Shortcuts::page(i + 1)), tr("Open %1").arg(pages.at(i).title)});
    window += {
        {keys(Shortcuts::keyboardHelp()), tr("Show this list")},
        {either(QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)),
            tr("Move to the next or the previous control")},
        //: Keys: the Alt key with a letter that is underlined in a label or button.
        {tr("Alt+underlined letter"),
            tr("Press the button, or go to the field, whose label has that letter underlined")},
        {keys(QKeySequence(Qt::Key_Return)), tr("Press the highlighted button of a dialog")},
        {keys(QKeySequence(Qt::Key_Escape)), tr("Close a dialog or the switcher without changing anything")},
    };
    addGroup(tr("Anywhere in the window"), window);
    addGroup(tr("Users"),
        {
            {keys(Shortcuts::invite()), tr("Invite users")},
            {keys(Shortcuts::findMembers()), tr("Search the members (Members tab)")},
            {keys(QKeySequence(Qt::Key_Return)), tr("Show the selected member's details, or edit the selected role")},
            {keys(Shortcuts::removeSelected()),
                tr("Remove the selected members, revoke the selected invitations or delete the selected role (in "
                   "their table)")},
            {either(QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)),
                tr("The selected row's commands")},
            {keys(QKeySequence::SelectAll), tr("Select every member loaded")},
        });
    addGroup(tr("Workspace switcher"),
        {
            {either(QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down)),
                tr("Choose a workspace (type to filter the list)")},
            {keys(QKeySequence(Qt::Key_Return)), tr("Open the chosen workspace")},
        });
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto* buttons = new DialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 560);
}

void KeyboardShortcutsDialog::addGroup(const QString& title, const QList<QPair<QString, QString>>& keysAndActions)
{
    auto* group = new QTreeWidgetItem(m_list, {title});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const auto& [sequence, action] : keysAndActions)
        new QTreeWidgetItem(group, {sequence, action});
}

} // namespace nacre::ui
