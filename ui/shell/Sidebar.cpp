#include "shell/Sidebar.h"

#include "widgets/Icons.h"
#include "widgets/InitialsBadge.h"
#include "widgets/Shortcuts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {

constexpr int PageKeyRole = Qt::UserRole + 1;

QLabel* smallLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.88);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

Sidebar::Sidebar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"sidebar"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setMinimumWidth(240);
    setMaximumWidth(300);

    // The workspace button: badge, name, role, chevron. One button so it is one tab stop.
    m_workspaceButton = new QToolButton(this);
    m_workspaceButton->setObjectName(u"workspaceButton"_s);
    m_workspaceButton->setAutoRaise(true);
    m_workspaceButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_workspaceButton->setToolTip(tr("Switch workspace or create a new one (%1)")
                                      .arg(Shortcuts::switchWorkspace().toString(QKeySequence::NativeText)));
    m_workspaceButton->setMinimumHeight(52);
    auto* buttonLayout = new QHBoxLayout(m_workspaceButton);
    buttonLayout->setContentsMargins(8, 6, 8, 6);
    m_workspaceBadge = new InitialsBadge(m_workspaceButton, 34);
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    m_workspaceName = new QLabel(m_workspaceButton);
    m_workspaceName->setObjectName(u"workspaceName"_s);
    QFont nameFont = m_workspaceName->font();
    nameFont.setBold(true);
    m_workspaceName->setFont(nameFont);
    m_workspaceRole = smallLabel(m_workspaceButton);
    m_workspaceRole->setObjectName(u"workspaceRole"_s);
    names->addWidget(m_workspaceName);
    names->addWidget(m_workspaceRole);
    auto* chevron = new QLabel(m_workspaceButton);
    chevron->setPixmap(Icons::get(Icons::Icon::ChevronDown).pixmap(QSize(16, 16), devicePixelRatioF()));
    for (QWidget* child : {static_cast<QWidget*>(m_workspaceName), static_cast<QWidget*>(m_workspaceRole),
             static_cast<QWidget*>(chevron)})
        child->setAttribute(Qt::WA_TransparentForMouseEvents);
    buttonLayout->addWidget(m_workspaceBadge);
    buttonLayout->addLayout(names, 1);
    buttonLayout->addWidget(chevron);
    connect(m_workspaceButton, &QToolButton::clicked, this, &Sidebar::switcherRequested);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->viewport()->setAutoFillBackground(false);
    m_navigation->setSpacing(1);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !item->data(PageKeyRole).toString().isEmpty())
            Q_EMIT pageSelected(item->data(PageKeyRole).toString());
    });

    m_accountBadge = new InitialsBadge(this, 30);
    m_accountName = new QLabel(this);
    m_accountName->setObjectName(u"accountName"_s);
    m_accountEmail = smallLabel(this);
    m_signOut = new QToolButton(this);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_signOut->setIcon(Icons::get(Icons::Icon::SignOut));
    m_signOut->setToolTip(tr("Sign out of this account"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_signOut->setAutoRaise(true);
    connect(m_signOut, &QToolButton::clicked, this, &Sidebar::signOutRequested);

    auto* account = new QHBoxLayout;
    auto* accountNames = new QVBoxLayout;
    accountNames->setSpacing(0);
    accountNames->addWidget(m_accountName);
    accountNames->addWidget(m_accountEmail);
    account->addWidget(m_accountBadge);
    account->addLayout(accountNames, 1);
    account->addWidget(m_signOut);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_workspaceButton);
    layout->addSpacing(6);
    layout->addWidget(m_navigation, 1);
    layout->addWidget(line);
    layout->addLayout(account);

    // Ctrl+1 … Ctrl+9: the pages in the order listed, from anywhere in the window.
    for (int n = 1; n <= Shortcuts::PageCount; ++n) {
        auto* shortcut = new QShortcut(Shortcuts::page(n), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] { openPageAt(n - 1); });
    }
}

QListWidgetItem* Sidebar::addHeader(const QString& title)
{
    auto* header = new QListWidgetItem(title.toUpper(), m_navigation);
    header->setFlags(Qt::NoItemFlags);
    QFont font = header->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    header->setFont(font);
    header->setSizeHint(QSize(0, 28));
    return header;
}

void Sidebar::setPages(const QList<Page>& pages)
{
    const QString current = currentPage();
    QSignalBlocker blocker(m_navigation);
    m_navigation->clear();
    m_pages.clear();
    for (const bool userGroup : {false, true}) {
        bool headerAdded = false;
        for (const Page& page : pages) {
            if (page.userPage != userGroup)
                continue;
            if (!headerAdded) {
                addHeader(userGroup ? tr("User") : tr("Workspace"));
                headerAdded = true;
            }
            auto* item = new QListWidgetItem(page.icon, page.title, m_navigation);
            item->setData(PageKeyRole, page.key);
            item->setSizeHint(QSize(0, 30));
            m_pages.append(page);
            if (m_pages.size() <= Shortcuts::PageCount)
                item->setToolTip(Shortcuts::page(int(m_pages.size())).toString(QKeySequence::NativeText));
        }
    }
    blocker.unblock();
    selectPage(current);
}

void Sidebar::openPageAt(int index)
{
    if (index < m_pages.size())
        Q_EMIT pageSelected(m_pages.at(index).key);
}

// Programmatic: marks the page as current without emitting pageSelected (the window decides what
// is shown; the signal is for the person's choice).
void Sidebar::selectPage(const QString& key)
{
    QSignalBlocker blocker(m_navigation);
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        if (!item->data(PageKeyRole).toString().isEmpty() && item->data(PageKeyRole).toString() == key) {
            m_navigation->setCurrentItem(item);
            return;
        }
    }
    m_navigation->setCurrentItem(nullptr);
}

QString Sidebar::currentPage() const
{
    return m_navigation->currentItem() ? m_navigation->currentItem()->data(PageKeyRole).toString() : QString();
}

QString Sidebar::planName(const QString& plan)
{
    // Plan ids come from the server; the ones this build knows are shown in the person's language.
    if (plan == u"free"_s)
        return tr("Free", "subscription plan");
    QString shown = plan;
    if (!shown.isEmpty())
        shown[0] = shown[0].toUpper(); // an unknown plan by its id: "enterprise" -> "Enterprise"
    return shown;
}

void Sidebar::setWorkspace(const std::optional<Workspace>& workspace)
{
    const QString name = workspace ? workspace->name : tr("No workspace");
    m_workspaceBadge->setName(name, workspace ? workspace->id : QString()); // same initials, other colour
    m_workspaceName->setText(name);
    const QString plan = workspace ? planName(workspace->plan) : QString();
    m_workspaceRole->setText(workspace ? tr("%1 · %2 plan").arg(workspace->myRole.displayName(), plan) : QString());
    m_workspaceButton->setAccessibleName(tr("Current workspace: %1. Switch workspace").arg(name));
}

void Sidebar::setAccount(const UserProfile& profile)
{
    m_accountBadge->setName(profile.displayName);
    m_accountName->setText(profile.displayName);
    m_accountEmail->setText(profile.email);
}

} // namespace nacre::ui
