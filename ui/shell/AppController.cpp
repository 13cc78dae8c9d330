#include "shell/AppController.h"

#include "auth/ConnectServerDialog.h"
#include "auth/JoinDialog.h"
#include "auth/ResetPasswordDialog.h"
#include "auth/ServerLine.h"
#include "auth/SetupDialog.h"
#include "auth/SignInDialog.h"
#include "i18n/Translations.h"
#include "profile/ProfilePage.h"
#include "shell/MainWindow.h"
#include "theme/Appearance.h"
#include "widgets/Prompter.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace nacre::ui {

namespace {
constexpr int ReconnectIntervalMs = 5000;
}

AppController::AppController(client::ApiClient& api, client::TokenStore& tokens, client::ClientSettings& settings,
    Prompter& prompter, Server server, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_server(std::move(server))
    , m_auth(api)
    , m_session(api)
{
    connect(&m_api, &client::ApiClient::sessionExpired, this, &AppController::onSessionExpired);
    connect(&m_api, &client::ApiClient::reachabilityChanged, this, &AppController::onReachabilityChanged);
    connect(&m_session, &client::Session::currentWorkspaceChanged, this, [this](const QString& id) {
        if (!id.isEmpty())
            m_settings.setLastWorkspace(accountKey(), id);
    });
    connect(&m_session, &client::Session::profileChanged, this, &AppController::followLanguage);
    connect(&m_session, &client::Session::refreshFailed, this, [this](const client::ApiError& error) {
        if (m_window && !error.isOffline())
            m_window->showStatus(tr("Could not load your workspaces: %1").arg(error.message()));
    });
    // While the server cannot be reached, ask it every few seconds whether it is back.
    m_reconnect.setInterval(ReconnectIntervalMs);
    connect(&m_reconnect, &QTimer::timeout, this, [this] { m_auth.probe(this); });
}

AppController::~AppController()
{
    closeEntryDialog(); // a dialog of this controller must not outlive it
}

QString AppController::accountKey() const
{
    return client::TokenStore::keyFor(m_session.profile().email, m_server.identity);
}

void AppController::start()
{
    m_auth.fetchSetupRequired(this, [this](bool setupRequired, const client::ApiError& error) {
        const QString email = m_settings.lastEmail(m_server.identity);
        if (error.isError()) {
            // Unreachable: the last account's cached view can still be shown, read-only.
            if (error.isOffline() && !email.isEmpty()) {
                restore(email);
                return;
            }
            m_prompter.tell(nullptr, QMessageBox::Critical, tr("Cannot Reach the Server"),
                tr("Nacre could not reach %1.\n\n%2").arg(m_server.description, error.message()));
            Q_EMIT quitRequested();
            return;
        }
        if (setupRequired)
            showSetup();
        else if (email.isEmpty())
            showSignIn({});
        else
            restore(email);
    });
}

void AppController::openAccount(const QString& email)
{
    if (m_models && m_models->email() == email)
        return;
    dropWindow(); // it shows the models about to go
    if (m_models)
        m_models.release()->deleteLater(); // after the window (deferred deletes run in order)
    const QString cachePath = m_server.cacheDirectory.isEmpty()
        ? QString()
        : client::LocalCache::pathFor(m_server.cacheDirectory, m_server.identity, email);
    m_models = std::make_unique<client::SessionModels>(m_api, m_session, email, cachePath);
    // The server ends a session left idle past the workspace's timeout; ask for the password at
    // that moment, over the window, rather than at the next click.
    connect(&m_models->idle(), &client::IdleWatch::expired, this, [this] {
        askToSignInAgain(tr("You were signed out because nobody used Nacre for a while. Sign in to go on; "
                            "nothing you typed is lost."));
    });
}

void AppController::dropWindow()
{
    if (!m_window)
        return;
    m_window->hide();
    m_window.release()->deleteLater();
}

void AppController::showSetup()
{
    auto* dialog = new SetupDialog(m_auth);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { enter(dialog->result(), true); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    connect(dialog, &SetupDialog::changeServerRequested, this, [this, dialog] { changeServer(dialog); });
    connect(dialog, &SetupDialog::joinRequested, this, [this, dialog] { showJoin({}, dialog); });
    keepEntryDialog(dialog);
    dialog->show();
    openPendingLink();
}

void AppController::keepEntryDialog(QDialog* dialog)
{
    closeEntryDialog();
    m_entry = dialog;
}

void AppController::closeEntryDialog()
{
    if (!m_entry)
        return;
    // Closing it is not the person cancelling: that would quit the app.
    m_entry->disconnect(this);
    m_entry->close();
    m_entry = nullptr;
}

void AppController::openLink(const QString& text)
{
    m_pendingLink = text;
    openPendingLink();
}

QWidget* AppController::frontWidget() const
{
    return m_window && m_window->isVisible() ? static_cast<QWidget*>(m_window.get()) : m_entry.data();
}

void AppController::bringToFront()
{
    QWidget* shown = frontWidget();
    if (!shown)
        return;
    shown->showNormal();
    shown->raise();
    shown->activateWindow();
}

void AppController::openPendingLink()
{
    // Over whatever is shown: the window, or the setup or sign-in dialog. Before either exists the
    // link waits for them.
    QWidget* over = frontWidget();
    if (m_pendingLink.isEmpty() || !over)
        return;
    const QString text = std::exchange(m_pendingLink, QString());
    over->raise();
    over->activateWindow();
    const auto link = DeepLink::parse(text);
    if (!link) {
        m_prompter.tell(over, QMessageBox::Warning, tr("Link Not Recognized"),
            tr("Nacre was opened with a link it does not know:\n%1").arg(text.left(200)));
        return;
    }
    if (!link->isFor(m_api.baseUrl())) {
        switchServerFor(*link, over);
        return;
    }
    if (link->kind == DeepLink::Kind::Invitation) {
        showJoin(link->code, over);
        return;
    }
    if (auto* signIn = qobject_cast<SignInDialog*>(m_entry.data())) {
        signIn->resetPasswordWith(link->code);
        return;
    }
    auto* reset = new ResetPasswordDialog(m_auth, m_api.baseUrl(), over);
    reset->setAttribute(Qt::WA_DeleteOnClose);
    reset->setEmail(m_session.profile().email);
    reset->enterCode(link->code);
    reset->open();
}

void AppController::switchServerFor(const DeepLink& link, QWidget* over)
{
    const QString server = ServerLine::display(link.server);
    const QString what = link.kind == DeepLink::Kind::Invitation ? tr("This invitation is for a workspace on %1.")
                                                                 : tr("This password reset code is for %1.");
    const auto answer = m_prompter.ask(over, QMessageBox::Question, tr("Connect to Another Server?"),
        what.arg(server) + u"\n\n"_s
            + tr("Nacre is connected to %1. Connect to %2 instead? You can come back with “Change "
                 "Server\u201d when signing in.")
                  .arg(m_server.identity == u"embedded"_s ? m_server.description : ServerLine::display(m_api.baseUrl()),
                      server),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    m_settings.setServerUrl(link.server);
    // Carried over the restart, and opened against the new server there.
    m_pendingLink = (link.kind == DeepLink::Kind::Invitation ? DeepLink::invitation(link.server, link.code)
                                                             : DeepLink::passwordReset(link.server, link.code))
                        .toString(QUrl::FullyEncoded);
    Q_EMIT restartRequested();
}

void AppController::showJoin(const QString& code, QWidget* over)
{
    auto* redeemer = new client::InvitationRedeemer(m_api.baseUrl());
    JoinDialog::SignedIn signedIn;
    if (m_session.isSignedIn() && m_window && m_window->isVisible())
        signedIn = {&m_api, m_session.profile().email};
    auto* dialog = new JoinDialog(*redeemer, m_api.baseUrl(), signedIn, over);
    redeemer->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JoinDialog::otherServerNeeded, this, [this, dialog](const DeepLink& link) {
        switchServerFor(link, dialog);
        if (!m_pendingLink.isEmpty())
            dialog->reject();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const client::SignInResult result = dialog->result();
        if (result.token.isEmpty()) {
            // The signed-in account joined: the workspace is one more in its list, and shown.
            m_session.refreshWorkspaces(result.workspaceId);
            return;
        }
        closeEntryDialog();
        enter(result, true);
    });
    dialog->open();
    if (!code.isEmpty())
        dialog->lookUp(code);
}

void AppController::changeServer(QDialog* from)
{
    auto* dialog = new ConnectServerDialog(m_settings, from);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AppController::restartRequested);
    dialog->open();
}

void AppController::showSignIn(const QString& email, const QString& notice)
{
    auto* dialog = new SignInDialog(m_auth, SignInDialog::Mode::SignIn, m_server.description);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(email);
    dialog->setNotice(notice);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { enter(dialog->result(), true); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    connect(dialog, &SignInDialog::changeServerRequested, this, [this, dialog] { changeServer(dialog); });
    connect(dialog, &SignInDialog::joinRequested, this, [this, dialog] { showJoin({}, dialog); });
    keepEntryDialog(dialog);
    dialog->show();
    openPendingLink();
}

void AppController::restore(const QString& email)
{
    const QString key = client::TokenStore::keyFor(email, m_server.identity);
    m_tokens.read(key, this, [this, email](const QString& token, const QString& keychainError) {
        if (token.isEmpty()) {
            // A keychain that cannot be read costs a sign-in, not the app: say why it is asked.
            showSignIn(email, keychainError);
            return;
        }
        m_api.setToken(token);
        // Paint what was shown last time at once; the server's answer replaces it.
        openAccount(email);
        if (m_models->sessionCache()
            && m_models->sessionCache()->restore(
                m_settings.lastWorkspace(client::TokenStore::keyFor(email, m_server.identity))))
            showWindow();
        verifyAndRefresh(email);
    });
}

void AppController::verifyAndRefresh(const QString& email)
{
    m_auth.verifyStoredSession(this, [this, email](const client::SignInResult& restored) {
        if (restored.error.isOffline()) {
            if (!m_window)
                showSignIn(email); // nothing cached to show: sign-in will say the server is unreachable
            return; // retried when the server is back (onReachabilityChanged)
        }
        if (!restored.ok()) {
            m_api.setToken({});
            m_api.abandonParked();
            if (m_window)
                m_window->hide();
            showSignIn(email);
            return;
        }
        enter(restored, false);
    });
}

void AppController::enter(const client::SignInResult& result, bool remember)
{
    m_verified = true;
    openAccount(result.profile.email);
    m_api.setToken(result.token);
    m_session.begin(result.profile);
    m_settings.setLastEmail(m_server.identity, result.profile.email);
    showWindow();
    if (remember) {
        m_tokens.write(accountKey(), result.token, this, [this](const QString& error) {
            if (!error.isEmpty() && m_window)
                m_window->showStatus(error, 15000);
        });
    }
    const QString preferred
        = result.workspaceId.isEmpty() ? m_settings.lastWorkspace(accountKey()) : result.workspaceId;
    m_session.refreshWorkspaces(preferred);
}

void AppController::onReachabilityChanged(bool reachable)
{
    if (!reachable) {
        if (!m_reconnect.isActive())
            m_reconnect.start();
        return;
    }
    m_reconnect.stop();
    if (!m_session.isSignedIn())
        return;
    if (!m_verified) {
        verifyAndRefresh(m_session.profile().email);
        return;
    }
    m_session.refreshWorkspaces({}, client::Session::Asked::ByApp);
    if (m_models)
        m_models->workspaceSettings().reload();
    if (m_window)
        m_window->showStatus(tr("Connected again."));
}

void AppController::followLanguage()
{
    if (!m_session.isSignedIn() || Translations::bestMatch(m_session.profile().locale) == Translations::current())
        return;
    m_settings.setLanguage(Translations::apply(m_session.profile().locale));
    if (!m_window)
        return;
    // Pages build their texts once; a window rebuilt in the new language is simpler and surer than
    // retranslating every widget in place. The models keep all state; the page shown stays.
    const QString page = m_window->currentPageKey();
    const bool visible = m_window->isVisible();
    // Later, not now: this may run inside a signal of one of the window's own pages.
    MainWindow* old = m_window.release();
    old->hide();
    old->deleteLater();
    if (visible) {
        showWindow();
        m_window->showPage(page);
    }
}

void AppController::showWindow()
{
    if (!m_models)
        openAccount(m_session.profile().email);
    if (!m_window) {
        client::SessionModels& models = *m_models;
        m_window = std::make_unique<MainWindow>(
            MainWindow::Models {m_session, models.workspaceSettings(), models.profile(), models.security(),
                models.members(), models.roles(), models.invitations(), &models.idle()},
            m_prompter);
        connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
        m_window->profilePage()->setAppearance(m_settings.appearance());
        connect(m_window->profilePage(), &ProfilePage::appearanceChosen, this, [this](const QString& id) {
            m_settings.setAppearance(id);
            Appearance::apply(Appearance::fromId(id));
        });
    }
    m_window->show();
    m_window->raise();
    Q_EMIT windowShown();
    openPendingLink();
}

void AppController::onSessionExpired()
{
    if (!m_window || !m_window->isVisible()) {
        m_api.abandonParked();
        return;
    }
    askToSignInAgain({});
}

void AppController::askToSignInAgain(const QString& notice)
{
    if (!m_window || !m_window->isVisible() || m_reauthentication)
        return;
    auto* dialog = new SignInDialog(m_auth, SignInDialog::Mode::Reauthenticate, m_server.description, m_window.get());
    m_reauthentication = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(m_session.profile().email);
    if (!notice.isEmpty())
        dialog->setNotice(notice);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const client::SignInResult result = dialog->result();
        m_tokens.write(accountKey(), result.token, this, [](const QString&) {});
        m_api.resumeWithToken(result.token);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_api.abandonParked();
        signOut();
    });
    dialog->open();
}

void AppController::signOut()
{
    const QString key = accountKey();
    const QString email = m_session.profile().email;
    m_auth.signOut(this, [](const client::ApiError&) {}); // ends the session server-side when reachable
    m_tokens.remove(key, this, [](const QString&) {});
    m_verified = false;
    // The window and the account's models go (nothing of one account is shown to the next), and
    // nothing of the account stays readable on this computer.
    dropWindow();
    if (m_models) {
        m_models->forget();
        m_models.release()->deleteLater();
    }
    m_session.end();
    showSignIn(email);
}

} // namespace nacre::ui
