#include "support/UiTestSupport.h"

#include "shell/MainWindow.h"
#include "shell/Sidebar.h"
#include "users/UsersPage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace nacre::test {

void signInThrough(QDialog* dialog, const QString& email, const QString& password)
{
    auto* emailField = dialog->findChild<QLineEdit*>(u"signInEmail"_s);
    if (!emailField->isReadOnly())
        emailField->setText(email);
    auto* passwordField = dialog->findChild<QLineEdit*>(u"signInPassword"_s);
    passwordField->clear();
    QTest::keyClicks(passwordField, password);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"signInButton"_s), Qt::LeftButton);
}

AppFixture::AppFixture(TestServer& server, const QString& identity)
{
    api.setBaseUrl(QUrl(server.server().baseUrl()));
    controller = std::make_unique<ui::AppController>(api, tokens, settings, prompter,
        ui::AppController::Server {identity, u"the test server"_s, dir.filePath(u"cache"_s)});
    controller->start();
}

bool AppFixture::signIn(const QString& email, const QString& password)
{
    QDialog* dialog = nullptr;
    if (!QTest::qWaitFor(
            [&dialog] { return (dialog = visibleTopLevel<QDialog>(u"signInDialog"_s)) != nullptr; }, 10000))
        return false;
    signInThrough(dialog, email, password);
    return QTest::qWaitFor([this] { return controller->window() && controller->window()->isVisible(); }, 10000);
}

WindowFixture::WindowFixture(bool secondWorkspace)
{
    owner = server.setUp(&acme);
    if (secondWorkspace)
        beta = server.createWorkspace(owner, u"Beta Team"_s);
}

void WindowFixture::open(const Account& as)
{
    api.setBaseUrl(QUrl(server.server().baseUrl()));
    api.setToken(as.token);
    session.begin(UserProfile::fromJson(server.get(u"/api/v1/me"_s, as.token).json()).value());
    window = std::make_unique<ui::MainWindow>(forWindow(&idle), prompter);
    window->show();
    session.refreshWorkspaces(acme);
}

QString WindowFixture::supportRole()
{
    if (m_supportRole.isEmpty())
        m_supportRole = server.createRole(owner, acme, u"Support"_s, {u"calls.view"_s});
    return m_supportRole;
}

Account WindowFixture::addSupportMember(const QString& email)
{
    return server.addMember(owner, acme, supportRole(), email);
}

void WindowFixture::visitEveryPage(const std::function<void(const QString& where, QWidget* page)>& visit)
{
    auto* pages = window->findChild<QStackedWidget*>(u"pages"_s);
    for (const QString& key :
        {u"general"_s, u"users"_s, u"auditLog"_s, u"apiKeys"_s, u"workspaceSecurity"_s, u"profile"_s, u"security"_s}) {
        window->showPage(key);
        QVERIFY2(window->currentPageKey() == key, qPrintable(key));
        QTest::qWait(300); // what the page loads is shown
        if (key == u"users"_s) {
            QTabWidget* tabs = window->usersPage()->tabs();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(200);
                visit(key + u"/"_s + QString::number(tab), pages->currentWidget());
            }
        } else {
            visit(key, pages->currentWidget());
        }
    }
    visit(u"sidebar"_s, window->sidebar());
}

} // namespace nacre::test
