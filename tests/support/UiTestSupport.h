#pragma once

#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "support/ScriptedPrompter.h"
#include "support/TestServer.h"

#include <QApplication>
#include <QDialog>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace nacre::test {

// The visible top-level widget with this object name (dialogs the app opens on its own), or null.
template <typename T = QWidget>
T* visibleTopLevel(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            return qobject_cast<T*>(widget);
    }
    return nullptr;
}

// Types the credentials into a sign-in dialog and presses Sign In, as a person would.
void signInThrough(QDialog* dialog, const QString& email, const QString& password);

// The whole app as a person starts it, against `server`: settings, keychain (a test service name)
// and cache in a temporary folder, the AppController started. signIn() answers the sign-in dialog.
struct AppFixture
{
    explicit AppFixture(TestServer& server, const QString& identity);
    bool signIn(const QString& email, const QString& password = QString::fromLatin1(TestServer::Password));

    QTemporaryDir dir;
    client::ClientSettings settings {dir.filePath(QStringLiteral("nacre.ini"))};
    client::TokenStore tokens {QStringLiteral("nacre-test")};
    ScriptedPrompter prompter;
    client::ApiClient api;
    std::unique_ptr<ui::AppController> controller;
};

// The models a main window is built on, all talking through one ApiClient.
struct WindowModels
{
    client::ApiClient api;
    client::Session session {api};
    client::WorkspaceSettingsModel settings {api};
    client::ProfileModel profile {api};
    client::AccountSecurityModel security {api};
    client::MemberListModel members {api};
    client::RoleListModel roles {api};
    client::InvitationListModel invitations {api};

    ui::MainWindow::Models forWindow(client::IdleWatch* idle)
    {
        return {session, settings, profile, security, members, roles, invitations, idle};
    }
};

// A main window built on real models, signed in to a real server as `owner` of "Acme" (and of
// "Beta Team" when asked), showing Acme.
struct WindowFixture : WindowModels
{
    TestServer server;
    QString acme;
    QString beta;
    Account owner;
    // On the server's clock, so moving that clock moves the countdown too.
    client::IdleWatch idle {api, session, [this] {
                                return server.server().clock().nowMs();
                            }};
    ScriptedPrompter prompter;
    std::unique_ptr<ui::MainWindow> window;
    QString m_supportRole;

    explicit WindowFixture(bool secondWorkspace = true);
    void open(const Account& as);
    // A member of Acme with the custom role "Support" (viewing calls only), made on first use.
    Account addSupportMember(const QString& email);
    QString supportRole();
    // Shows every page of the window in turn (each tab of Users on its own), waits for what it loads,
    // and hands it to `visit` with a name for messages; the sidebar last.
    void visitEveryPage(const std::function<void(const QString& where, QWidget* page)>& visit);

    template <typename T>
    T* field(const QString& name) const
    {
        return window->findChild<T*>(name);
    }
};

} // namespace nacre::test
