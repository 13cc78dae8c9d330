#pragma once

#include "domain/Workspace.h"

#include <QFrame>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace nacre::ui {

// The workspace menu: every workspace of the account with its role, a filter field, and
// "Create New Workspace…". Opens under the sidebar's workspace button, or with Ctrl+K.
class WorkspaceSwitcher : public QFrame
{
    Q_OBJECT

public:
    explicit WorkspaceSwitcher(QWidget* parent = nullptr);

    void setWorkspaces(const QList<Workspace>& workspaces, const QString& currentId);
    void popUp(const QPoint& globalTopLeft);
    int visibleCount() const;

Q_SIGNALS:
    void workspaceChosen(const QString& id);
    void createRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void selectCurrent();
    void choose();

    QLineEdit* m_filter;
    QListWidget* m_list;
    QPushButton* m_create;
    QString m_currentId;
};

} // namespace nacre::ui
