#pragma once

#include "credentials/TokenStore.h"
#include "protocol/DeepLink.h"
#include "session/AuthService.h"
#include "session/Session.h"
#include "session/SessionModels.h"
#include "settings/ClientSettings.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace nacre::ui {

class MainWindow;
class Prompter;
class SignInDialog;

// Takes the app from start to the main window and back: first-run setup on an empty server, a
// remembered session from the keychain, or sign-in; re-sign-in over the window when a session
// ends; sign-out. It holds no model of an account: those are the SessionModels of whoever is in,
// made on entering and gone at sign-out, and handed to the window.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Server
    {
        QString identity; // stable key for keychain and settings ("embedded" or the URL)
        QString description; // for people: "this computer" or the host
        QString cacheDirectory; // where the per-account local cache lives; empty: no cache
    };

    AppController(client::ApiClient& api, client::TokenStore& tokens, client::ClientSettings& settings,
        Prompter& prompter, Server server, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    // A link from outside (command line, another launch, the desktop's nacre:// handler): an
    // invitation opens "Join a Workspace" at it, a reset code "Reset Password". Links of another
    // server offer to switch to it (which restarts; pendingLink() then carries the link over).
    void openLink(const QString& text);
    QString pendingLink() const { return m_pendingLink; }
    // Another launch asked for Nacre: the window (or the dialog shown instead) comes to the front.
    void bringToFront();
    void setReconnectInterval(int milliseconds) { m_reconnect.setInterval(milliseconds); }
    MainWindow* window() const { return m_window.get(); }
    client::Session& session() { return m_session; }

Q_SIGNALS:
    void quitRequested();
    // The server choice changed: the app reconnects by starting again.
    void restartRequested();
    void windowShown();

private:
    void showSetup();
    void showJoin(const QString& code, QWidget* over);
    void switchServerFor(const DeepLink& link, QWidget* over);
    void keepEntryDialog(QDialog* dialog); // setup or sign-in, until the window shows
    void closeEntryDialog();
    void openPendingLink();
    QWidget* frontWidget() const; // the window when shown, else the setup or sign-in dialog (or none)
    void showSignIn(const QString& email, const QString& notice = {});
    void changeServer(QDialog* from);
    void restore(const QString& email);
    void enter(const client::SignInResult& result, bool remember);
    void showWindow();
    void onSessionExpired();
    // Sign-in over the window (it and every unsaved edit stay); parked requests go on afterwards.
    void askToSignInAgain(const QString& notice);
    void signOut();
    // The models of the account `email`, made anew (and the window of another account dropped)
    // unless they are that account's already.
    void openAccount(const QString& email);
    void dropWindow(); // later, not now: it may be inside one of the window's own signals
    void verifyAndRefresh(const QString& email);
    void onReachabilityChanged(bool reachable);
    // Follows the account's language: installs its translation and rebuilds the window in it.
    void followLanguage();
    QString accountKey() const;

    client::ApiClient& m_api;
    client::TokenStore& m_tokens;
    client::ClientSettings& m_settings;
    Prompter& m_prompter;
    Server m_server;
    client::AuthService m_auth;
    client::Session m_session;
    std::unique_ptr<client::SessionModels> m_models; // of the account signed in; null when none
    std::unique_ptr<MainWindow> m_window; // shows m_models: made after them, dropped before them
    QPointer<SignInDialog> m_reauthentication;
    QPointer<QDialog> m_entry; // the setup or sign-in dialog while it is shown
    QString m_pendingLink; // arrived before there was anything to show it over, or for after a restart
    QTimer m_reconnect;
    bool m_verified = false; // the session was confirmed by the server in this run
};

} // namespace nacre::ui
