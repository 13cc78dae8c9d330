#include "shell/AppController.h"

#include "auth/SetupDialog.h"
#include "auth/SignInDialog.h"
#include "shell/MainWindow.h"
#include "widgets/Prompter.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace nacre::ui {

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
    , m_workspaceSettings(api)
    , m_profile(api)
    , m_security(api)
{
    connect(&m_api, &client::ApiClient::sessionExpired, this, &AppController::onSessionExpired);
    connect(&m_session, &client::Session::currentWorkspaceChanged, this, [this](const QString& id) {
        if (!id.isEmpty())
            m_settings.setLastWorkspace(accountKey(), id);
    });
    connect(&m_session, &client::Session::refreshFailed, this, [this](const client::ApiError& error) {
        if (m_window)
            m_window->showStatus(tr("Could not load your workspaces: %1").arg(error.message()));
    });
}

AppController::~AppController() = default;

QString AppController::accountKey() const
{
    return client::TokenStore::keyFor(m_session.profile().email, m_server.identity);
}

void AppController::start()
{
    m_auth.fetchSetupRequired(this, [this](bool setupRequired, const client::ApiError& error) {
        if (error.isError()) {
            m_prompter.tell(nullptr, QMessageBox::Critical, tr("Cannot Reach the Server"),
                tr("Nacre could not reach %1.\n\n%2").arg(m_server.description, error.message()));
            Q_EMIT quitRequested();
            return;
        }
        if (setupRequired) {
            showSetup();
            return;
        }
        const QString email = m_settings.lastEmail(m_server.identity);
        if (email.isEmpty())
            showSignIn({});
        else
            restore(email);
    });
}

void AppController::showSetup()
{
    auto* dialog = new SetupDialog(m_auth);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { enter(dialog->result(), true); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    dialog->show();
}

void AppController::showSignIn(const QString& email)
{
    auto* dialog = new SignInDialog(m_auth, SignInDialog::Mode::SignIn, m_server.description);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(email);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { enter(dialog->result(), true); });
    connect(dialog, &QDialog::rejected, this, &AppController::quitRequested);
    dialog->show();
}

void AppController::restore(const QString& email)
{
    const QString key = client::TokenStore::keyFor(email, m_server.identity);
    m_tokens.read(key, this, [this, email](const QString& token, const QString& keychainError) {
        if (token.isEmpty()) {
            showSignIn(email);
            return;
        }
        Q_UNUSED(keychainError);
        m_api.setToken(token);
        // A stored token may have ended server-side; ask for /me without triggering re-sign-in.
        m_api.get(u"/api/v1/me"_s, this, [this, email, token](const client::ApiResult& result) {
            const auto profile = UserProfile::fromJson(result.object());
            if (!result.ok() || !profile.isOk()) {
                m_api.setToken({});
                showSignIn(email);
                return;
            }
            client::SignInResult restored;
            restored.token = token;
            restored.profile = profile.value();
            enter(restored, false);
        });
    });
}

void AppController::enter(const client::SignInResult& result, bool remember)
{
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

void AppController::showWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(
            MainWindow::Models {m_session, m_workspaceSettings, m_profile, m_security}, m_prompter);
        connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    }
    m_window->show();
    m_window->raise();
    Q_EMIT windowShown();
}

void AppController::onSessionExpired()
{
    if (!m_window || m_reauthentication) {
        if (!m_window)
            m_api.abandonParked();
        return;
    }
    auto* dialog = new SignInDialog(m_auth, SignInDialog::Mode::Reauthenticate, m_server.description, m_window.get());
    m_reauthentication = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEmail(m_session.profile().email);
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
    m_session.end();
    if (m_window)
        m_window->hide();
    showSignIn(email);
}

} // namespace nacre::ui
