#pragma once

#include <QDialog>

class QTreeWidget;

namespace nacre::ui {

class Sidebar;

// Help > Keyboard Shortcuts: every key the window answers to, grouped by where it works. The keys
// come from Shortcuts (the same the commands use) and the sidebar's pages as listed now.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(const Sidebar& sidebar, QWidget* parent = nullptr);

private:
    void addGroup(const QString& title, const QList<QPair<QString, QString>>& keysAndActions);

    QTreeWidget* m_list;
};

} // namespace nacre::ui
