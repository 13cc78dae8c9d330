#pragma once

#include "domain/UserProfile.h"
#include "domain/Workspace.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace nacre::ui {

class InitialsBadge;

// The window's left column: the current workspace (which opens the switcher), the pages of the
// Workspace and User groups, and the signed-in account with Sign Out.
class Sidebar : public QWidget
{
    Q_OBJECT

public:
    struct Page
    {
        QString key;
        QString title;
        QIcon icon;
        bool userPage = false; // User group (follows the account) rather than Workspace group
    };

    explicit Sidebar(QWidget* parent = nullptr);

    void setPages(const QList<Page>& pages);
    void setWorkspace(const std::optional<Workspace>& workspace);
    static QString planName(const QString& plan); // "free" → "Free", translated
    void setAccount(const UserProfile& profile);
    void selectPage(const QString& key);
    QString currentPage() const;
    // The pages as listed, top to bottom; Ctrl+1 … Ctrl+9 open them in this order.
    QList<Page> pages() const { return m_pages; }
    QToolButton* workspaceButton() const { return m_workspaceButton; }

Q_SIGNALS:
    void pageSelected(const QString& key);
    void switcherRequested();
    void signOutRequested();

private:
    QListWidgetItem* addHeader(const QString& title);
    void openPageAt(int index);

    QToolButton* m_workspaceButton;
    InitialsBadge* m_workspaceBadge;
    QLabel* m_workspaceName;
    QLabel* m_workspaceRole;
    QListWidget* m_navigation;
    InitialsBadge* m_accountBadge;
    QLabel* m_accountName;
    QLabel* m_accountEmail;
    QToolButton* m_signOut;
    QList<Page> m_pages;
};

} // namespace nacre::ui
