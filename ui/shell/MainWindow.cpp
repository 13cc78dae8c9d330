#include "shell/MainWindow.h"

#include "apikeys/ApiKeysPage.h"
#include "audit/AuditLogPage.h"
#include "profile/ProfilePage.h"
#include "security/SecurityPage.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/WorkspaceSecurityPage.h"
#include "shell/HelpMenu.h"
#include "shell/IdleBanner.h"
#include "shell/Sidebar.h"
#include "shell/TwoFactorRequiredPage.h"
#include "users/UsersPage.h"
#include "widgets/Icons.h"
#include "widgets/PageParts.h"
#include "widgets/Prompter.h"
#include "widgets/Shortcuts.h"
#include "workspaces/CreateWorkspaceDialog.h"
#include "workspaces/WorkspaceSwitcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
const QString GeneralPage = u"general"_s;
const QString UsersKey = u"users"_s;
const QString AuditLogKey = u"auditLog"_s;
const QString ApiKeysKey = u"apiKeys"_s;
const QString WorkspaceSecurityKey = u"workspaceSecurity"_s;
const QString TwoFactorRequiredKey = u"twoFactorRequired"_s;
const QString ProfileKey = u"profile"_s;
const QString SecurityKey = u"security"_s;
} // namespace

MainWindow::MainWindow(Models models, Prompter& prompter, QWidget* parent)
    : QMainWindow(parent)
    , m_session(models.session)
    , m_prompter(prompter)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Nacre"));
    setWindowIcon(Icons::application());
    // The smallest size at which every page shows all it has without scrolling sideways (checked
    // with screenshots at this size in light and dark); tables scroll inside themselves.
    setMinimumSize(MinimumSize);
    resize(1100, 720);

    m_sidebar = new Sidebar;
    m_switcher = new WorkspaceSwitcher(this);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);
    m_generalSettings = new GeneralSettingsPage(models.workspaceSettings, models.roles, prompter);
    m_pages->addWidget(m_generalSettings);
    m_users = new UsersPage(
        m_session.api(), UsersPage::Models {models.members, models.roles, models.invitations}, prompter);
    m_pages->addWidget(m_users);
    m_auditLog = new AuditLogPage(m_session.api(), prompter);
    m_pages->addWidget(m_auditLog);
    m_apiKeys = new ApiKeysPage(m_session.api(), prompter);
    m_pages->addWidget(m_apiKeys);
    m_workspaceSecurity = new WorkspaceSecurityPage(m_session.api(), models.workspaceSettings, prompter);
    m_pages->addWidget(m_workspaceSecurity);
    m_profile = new ProfilePage(models.profile, prompter);
    m_pages->addWidget(m_profile);
    m_security = new SecurityPage(models.security, prompter);
    m_pages->addWidget(m_security);

    // Shown when the account belongs to no workspace (it left or deleted its last one).
    m_noWorkspace = new QWidget;
    m_noWorkspace->setObjectName(u"noWorkspacePage"_s);
    auto* empty = new QVBoxLayout(m_noWorkspace);
    auto* emptyText = new QLabel(tr("You are not a member of any workspace yet. Create one, or ask an admin to "
                                    "invite you."));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* create = new QPushButton(Icons::get(Icons::Icon::Plus), tr("Create New Workspace…"));
    connect(create, &QPushButton::clicked, this, &MainWindow::openCreateWorkspace);
    empty->addStretch();
    empty->addWidget(emptyText);
    empty->addWidget(create, 0, Qt::AlignCenter);
    empty->addStretch();
    m_pages->addWidget(m_noWorkspace);
    m_twoFactorRequired = new TwoFactorRequiredPage;
    m_pages->addWidget(m_twoFactorRequired);
    connect(
        m_twoFactorRequired, &TwoFactorRequiredPage::openSecurityRequested, this, [this] { showPage(SecurityKey); });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    if (models.idleWatch)
        column->addWidget(new IdleBanner(*models.idleWatch));
    column->addWidget(m_pages, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);

    m_busy = new QProgressBar;
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setVisible(false);
    m_offline = new QLabel;
    m_offline->setObjectName(u"offlineIndicator"_s);
    m_offline->setText(tr("Offline: the server cannot be reached. Changes are disabled until it is back."));
    m_offline->setVisible(false);
    statusBar()->addPermanentWidget(m_offline);
    statusBar()->addPermanentWidget(m_busy);

    auto* shortcut = new QShortcut(Shortcuts::switchWorkspace(), this);
    connect(shortcut, &QShortcut::activated, this, &MainWindow::openSwitcher);
    menuBar()->addMenu(new HelpMenu(*m_sidebar, this));

    connect(m_sidebar, &Sidebar::switcherRequested, this, &MainWindow::openSwitcher);
    connect(m_sidebar, &Sidebar::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_sidebar, &Sidebar::pageSelected, this, &MainWindow::showPage);
    connect(m_switcher, &WorkspaceSwitcher::workspaceChosen, &m_session, &client::Session::selectWorkspace);
    connect(m_switcher, &WorkspaceSwitcher::createRequested, this, &MainWindow::openCreateWorkspace);

    connect(&m_session, &client::Session::workspacesChanged, this, &MainWindow::onWorkspaceChanged);
    connect(&m_session, &client::Session::currentWorkspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(&m_session, &client::Session::profileChanged, this, [this] {
        m_sidebar->setAccount(m_session.profile());
        m_security->setTwoFactorEnabled(m_session.profile().twoFactorEnabled);
        if (m_session.currentWorkspace() && m_session.currentWorkspace()->requiresTwoFactor)
            onWorkspaceChanged(); // turning two-factor on (or off) opens (or closes) the workspace
    });
    connect(m_security, &SecurityPage::twoFactorChanged, this, [this](bool enabled) {
        UserProfile profile = m_session.profile();
        profile.twoFactorEnabled = enabled;
        m_session.setProfile(profile);
    });
    connect(&m_session.api(), &client::ApiClient::busyChanged, m_busy, &QWidget::setVisible);
    // The requirement was turned on while this window was open: the workspace list says so now.
    connect(&m_session.api(), &client::ApiClient::twoFactorRequired, this,
        [this] { m_session.refreshWorkspaces({}, client::Session::Asked::ByApp); });
    connect(&m_session.api(), &client::ApiClient::reachabilityChanged, this,
        [this](bool reachable) { setOffline(!reachable); });

    const auto status = [this](const QString& message) {
        showStatus(message);
    };
    connect(m_generalSettings, &GeneralSettingsPage::statusMessage, this, status);
    connect(m_profile, &ProfilePage::statusMessage, this, status);
    connect(m_users, &UsersPage::statusMessage, this, status);
    connect(m_auditLog, &AuditLogPage::statusMessage, this, status);
    connect(m_apiKeys, &ApiKeysPage::statusMessage, this, status);
    connect(m_workspaceSecurity, &WorkspaceSecurityPage::statusMessage, this, status);
    connect(m_users, &UsersPage::showInAuditLog, this, [this](const QString& targetId, const QString& label) {
        m_auditLog->showAbout(targetId, label);
        showPage(AuditLogKey);
    });
    connect(m_security, &SecurityPage::statusMessage, this, status);
    connect(m_profile, &ProfilePage::profileSaved, &m_session, &client::Session::setProfile);
    connect(m_generalSettings, &GeneralSettingsPage::workspaceRenamed, this, [this] { m_session.refreshWorkspaces(); });
    const auto forget = [this](const QString& id) {
        m_session.forgetWorkspace(id);
        m_session.refreshWorkspaces();
    };
    connect(m_generalSettings, &GeneralSettingsPage::workspaceDeleted, this, forget);
    connect(m_generalSettings, &GeneralSettingsPage::workspaceLeft, this, forget);

    m_sidebar->setAccount(m_session.profile());
    m_security->setTwoFactorEnabled(m_session.profile().twoFactorEnabled);
    setOffline(!m_session.api().isReachable());
    rebuildPages();
    onWorkspaceChanged();
}

QString MainWindow::currentPageKey() const
{
    QWidget* current = m_pages->currentWidget();
    return current == m_generalSettings  ? GeneralPage
        : current == m_users             ? UsersKey
        : current == m_auditLog          ? AuditLogKey
        : current == m_apiKeys           ? ApiKeysKey
        : current == m_workspaceSecurity ? WorkspaceSecurityKey
        : current == m_twoFactorRequired ? TwoFactorRequiredKey
        : current == m_profile           ? ProfileKey
        : current == m_security          ? SecurityKey
                                         : QString();
}

void MainWindow::showPage(const QString& key)
{
    // User pages load when first opened, then keep their state across workspace switches.
    if (key == ProfileKey) {
        if (m_pages->currentWidget() != m_profile)
            m_profile->reload();
        m_pages->setCurrentWidget(m_profile);
    } else if (key == SecurityKey) {
        if (m_pages->currentWidget() != m_security)
            m_security->reload();
        m_pages->setCurrentWidget(m_security);
    } else if (workspaceLocked()) {
        m_pages->setCurrentWidget(m_twoFactorRequired); // every workspace page, until two-factor is on
    } else if (key == UsersKey && mayOpenUsers()) {
        m_pages->setCurrentWidget(m_users);
    } else if (key == AuditLogKey && may(Action::ViewAuditLog)) {
        m_pages->setCurrentWidget(m_auditLog);
    } else if (key == ApiKeysKey && may(Action::ManageApiKeys)) {
        m_pages->setCurrentWidget(m_apiKeys);
    } else if (key == WorkspaceSecurityKey && may(Action::ManageSessions)) {
        m_pages->setCurrentWidget(m_workspaceSecurity);
    } else if (key == GeneralPage && m_session.currentWorkspace()) {
        m_pages->setCurrentWidget(m_generalSettings);
    } else {
        m_pages->setCurrentWidget(
            m_session.currentWorkspace() ? static_cast<QWidget*>(m_generalSettings) : m_noWorkspace);
    }
    m_sidebar->selectPage(currentPageKey());
}

void MainWindow::rebuildPages()
{
    // Only pages that exist and that the current role may open are listed.
    QList<Sidebar::Page> pages;
    if (workspaceLocked())
        pages.append({TwoFactorRequiredKey, tr("Two-factor sign-in required"), Icons::get(Icons::Icon::Shield), false});
    else if (m_session.currentWorkspace())
        pages.append({GeneralPage, tr("General Settings"), Icons::get(Icons::Icon::Settings), false});
    if (mayOpenUsers() && !workspaceLocked())
        pages.append({UsersKey, tr("Users"), Icons::get(Icons::Icon::Users), false});
    if (may(Action::ViewAuditLog) && !workspaceLocked())
        pages.append({AuditLogKey, tr("Audit Log"), Icons::get(Icons::Icon::Clock), false});
    if (may(Action::ManageApiKeys) && !workspaceLocked())
        pages.append({ApiKeysKey, tr("API Keys"), Icons::get(Icons::Icon::Link), false});
    if (may(Action::ManageSessions) && !workspaceLocked())
        pages.append({WorkspaceSecurityKey, tr("Security and Sessions"), Icons::get(Icons::Icon::Shield), false});
    pages.append({ProfileKey, tr("Profile"), Icons::get(Icons::Icon::User), true});
    pages.append({SecurityKey, tr("Security"), Icons::get(Icons::Icon::Shield), true});
    m_sidebar->setPages(pages);
}

void MainWindow::onWorkspaceChanged()
{
    const std::optional<Workspace> workspace = m_session.currentWorkspace();
    m_sidebar->setWorkspace(workspace);
    m_switcher->setWorkspaces(m_session.workspaces(), m_session.currentWorkspaceId());
    rebuildPages();
    // A locked workspace's pages would only be refused: they wait until two-factor sign-in is on.
    const bool locked = workspaceLocked();
    m_generalSettings->setWorkspace(locked ? std::nullopt : workspace);
    m_users->setWorkspace(locked ? std::nullopt : workspace, m_session.profile().id);
    m_auditLog->setWorkspace(locked ? std::nullopt : workspace, m_session.profile().id);
    m_apiKeys->setWorkspace(locked ? std::nullopt : workspace, m_session.profile().id);
    m_workspaceSecurity->setWorkspace(locked ? std::nullopt : workspace);
    if (locked)
        m_twoFactorRequired->setWorkspaceName(workspace->name);
    setWindowTitle(workspace ? tr("%1 — Nacre").arg(workspace->name) : tr("Nacre"));
    // A workspace page follows the switch; a user page stays where it is.
    const QString key = currentPageKey();
    const bool followsSwitch = key == ProfileKey || key == SecurityKey || key == UsersKey || key == AuditLogKey
        || key == ApiKeysKey || key == WorkspaceSecurityKey;
    showPage(followsSwitch ? key : GeneralPage);
}

bool MainWindow::workspaceLocked() const
{
    const std::optional<Workspace> workspace = m_session.currentWorkspace();
    return workspace && workspace->requiresTwoFactor && !m_session.profile().twoFactorEnabled;
}

bool MainWindow::may(Action action) const
{
    const std::optional<Workspace> workspace = m_session.currentWorkspace();
    return workspace
        && AccessRules::decide(AccessQuestion(Holder::actingIn(*workspace, m_session.profile().id), action)).allowed;
}

bool MainWindow::mayOpenUsers() const
{
    const std::optional<Workspace> workspace = m_session.currentWorkspace();
    if (!workspace)
        return false;
    const Holder actor = Holder::actingIn(*workspace, m_session.profile().id);
    return AccessRules::decide(AccessQuestion(actor, Action::ListMembers)).allowed;
}

void MainWindow::openSwitcher()
{
    m_switcher->setWorkspaces(m_session.workspaces(), m_session.currentWorkspaceId());
    QToolButton* anchor = m_sidebar->workspaceButton();
    m_switcher->popUp(anchor->mapToGlobal(QPoint(0, anchor->height())));
}

void MainWindow::openCreateWorkspace()
{
    auto* dialog = new CreateWorkspaceDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this] { showStatus(tr("Workspace created. It has its own subscription and is billed separately."), 10000); });
    dialog->open();
}

void MainWindow::showStatus(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::setOffline(bool offline)
{
    m_offline->setVisible(offline);
    m_pages->setEnabled(!offline);
}

} // namespace nacre::ui
