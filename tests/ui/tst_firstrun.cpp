#include "auth/Totp.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "theme/Appearance.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using Totp = nacre::server::Totp;

// From an empty server to the main window, as a new admin does it, then back in without a password
// thanks to the keychain.
class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEndedSessionIsRenewedOverTheWindow()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        const QString beta = server.createWorkspace(owner, u"Beta Team"_s);
        test::AppFixture app(server, u"renew-test"_s);
        QVERIFY(app.signIn(u"olga@acme.example"_s));
        ui::AppController& controller = *app.controller;
        client::ApiClient& api = app.api;
        QTRY_COMPARE(controller.session().workspaces().size(), 2);

        // The session ends elsewhere (as an idle timeout or a sign-out on another device would).
        QCOMPARE(server.send("POST", u"/api/v1/auth/logout"_s, {}, api.token()).status, 204);
        controller.session().selectWorkspace(controller.session().currentWorkspaceId() == acme ? beta : acme);
        QDialog* renew = nullptr;
        QTRY_VERIFY((renew = qobject_cast<QDialog*>(QApplication::activeModalWidget())));
        QCOMPARE(renew->objectName(), u"signInDialog"_s);
        QCOMPARE(renew->parentWidget(), controller.window()); // over the window, which stays
        QVERIFY(renew->findChild<QLineEdit*>(u"signInEmail"_s)->isReadOnly());
        test::signInThrough(renew, {}, u"correct horse battery"_s);

        // The request that hit the ended session went through after all.
        const QString expected = controller.session().currentWorkspace()->name;
        QTRY_COMPARE(controller.window()->findChild<QLineEdit*>(u"workspaceNameField"_s)->text(), expected);
        QCOMPARE(api.parkedRequests(), 0);
    }

    void signInAsksForTheCodeWhenTheAccountHasTwoFactor()
    {
        test::TestServer server;
        QString acme;
        const test::Account owner = server.setUp(&acme, u"olga@acme.example"_s);
        const test::Reply started = server.send("POST", u"/api/v1/me/totp"_s,
            QJsonObject {{u"password"_s, QString::fromLatin1(test::TestServer::Password)}}, owner.token);
        const QByteArray secret = *Totp::fromBase32(started.json().value(u"secret"_s).toString());
        const qint64 now = server.server().clock().nowMs() / 1000;
        QCOMPARE(server
                     .send("POST", u"/api/v1/me/totp/confirm"_s,
                         QJsonObject {{u"code"_s, Totp::code(secret, now - 30)}}, owner.token)
                     .status,
            200);

        test::AppFixture app(server, u"two-factor-test"_s);
        QDialog* signIn = nullptr;
        QTRY_VERIFY((signIn = test::visibleTopLevel<QDialog>(u"signInDialog"_s)));
        auto* code = signIn->findChild<QLineEdit*>(u"signInCode"_s);
        QVERIFY(!code->isVisible()); // not until the server asks
        test::signInThrough(signIn, u"olga@acme.example"_s, u"correct horse battery"_s);
        QTRY_VERIFY(code->isVisible());
        QCOMPARE(signIn->findChild<QLabel*>(u"signInError"_s)->text(),
            u"Enter the 6-digit code from your authenticator app, or one of your recovery codes."_s);
        QVERIFY(code->hasFocus());
        auto* button = signIn->findChild<QPushButton*>(u"signInButton"_s);
        QVERIFY(!button->isEnabled()); // a code is needed now

        QTest::keyClicks(code, u"000000"_s == Totp::code(secret, now) ? u"111111"_s : u"000000"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(signIn->findChild<QLabel*>(u"signInError"_s)->text().startsWith(u"That code is not right"_s));
        QVERIFY(signIn->isVisible());

        QTest::keyClicks(code, Totp::code(secret, now));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(app.controller->window() && app.controller->window()->isVisible());
        QVERIFY(app.controller->session().profile().twoFactorEnabled);
    }

    void theAppearanceIsChosenOnTheProfilePageAndKeptForThisComputer()
    {
        test::TestServer server;
        QString acme;
        server.setUp(&acme, u"olga@acme.example"_s);
        test::AppFixture app(server, u"appearance-test"_s);
        QVERIFY(app.signIn(u"olga@acme.example"_s));
        ui::MainWindow* window = app.controller->window();
        QVERIFY(!ui::Appearance::isDark(QApplication::palette()));
        window->showPage(u"profile"_s);
        auto* appearance = window->findChild<QComboBox*>(u"appearance"_s);
        QVERIFY(appearance->isVisible());
        QCOMPARE(appearance->currentData().toString(), u"system"_s);

        appearance->setCurrentIndex(appearance->findData(u"dark"_s));
        Q_EMIT appearance->activated(appearance->currentIndex());
        QVERIFY(ui::Appearance::isDark(QApplication::palette())); // at once, no Save
        QTRY_VERIFY(ui::Appearance::isDark(window->sidebar()->palette())); // the window follows
        QCOMPARE(app.settings.appearance(), u"dark"_s);
        QVERIFY(!window->findChild<QPushButton*>(u"saveProfile"_s)->isEnabled()); // not a profile change

        appearance->setCurrentIndex(appearance->findData(u"system"_s));
        Q_EMIT appearance->activated(appearance->currentIndex());
        QVERIFY(!ui::Appearance::isDark(QApplication::palette()));
        QCOMPARE(app.settings.appearance(), u"system"_s);
    }

    void theLastViewStaysReadableWhileTheServerIsAway()
    {
        QTemporaryDir dir;
        server::NacreServerConfig config;
        config.database = dir.filePath(u"server.sqlite"_s);
        client::ClientSettings settings(dir.filePath(u"nacre.ini"_s));
        client::TokenStore tokens(u"nacre-test"_s);
        test::ScriptedPrompter prompter;
        const ui::AppController::Server identity {u"offline-test"_s, u"the test server"_s, dir.filePath(u"cache"_s)};
        quint16 port = 0;
        {
            test::TestServer server(config);
            port = server.server().port();
            QString acme;
            server.setUp(&acme, u"olga@acme.example"_s);
            client::ApiClient api;
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            ui::AppController controller(api, tokens, settings, prompter, identity);
            controller.start();
            QDialog* signIn = nullptr;
            QTRY_VERIFY((signIn = test::visibleTopLevel<QDialog>(u"signInDialog"_s)));
            test::signInThrough(signIn, u"olga@acme.example"_s, u"correct horse battery"_s);
            QTRY_VERIFY(controller.window() && controller.window()->isVisible());
            QTRY_COMPARE(controller.window()->findChild<QLineEdit*>(u"workspaceNameField"_s)->text(), u"Acme"_s);
        } // the server goes away

        client::ApiClient api;
        api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        ui::AppController controller(api, tokens, settings, prompter, identity);
        controller.setReconnectInterval(200);
        controller.start();
        // Painted from the local cache, marked offline, changes disabled.
        QTRY_VERIFY(controller.window() && controller.window()->isVisible());
        QTRY_COMPARE(controller.window()->findChild<QLineEdit*>(u"workspaceNameField"_s)->text(), u"Acme"_s);
        QTRY_VERIFY(controller.window()->findChild<QWidget*>(u"offlineIndicator"_s)->isVisible());
        QVERIFY(!controller.window()->findChild<QWidget*>(u"pages"_s)->isEnabled());
        QVERIFY(prompter.told.isEmpty());

        // The server comes back: the window notices, and changes are possible again.
        test::TestServer again(config, port);
        QVERIFY2(again.isRunning(), qPrintable(again.startError()));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->findChild<QWidget*>(u"offlineIndicator"_s)->isVisible(), 10000);
        QVERIFY(controller.window()->findChild<QWidget*>(u"pages"_s)->isEnabled());
        QTRY_VERIFY(!controller.session().workspaces().isEmpty());
    }

    void setupLeadsToTheMainWindowAndTheKeychainRemembers()
    {
        test::TestServer server;
        QTemporaryDir dir;
        client::ClientSettings settings(dir.filePath(u"nacre.ini"_s));
        client::TokenStore tokens(u"nacre-test"_s);
        test::ScriptedPrompter prompter;
        const ui::AppController::Server identity {
            u"test-"_s + QString::number(server.server().port()), u"the test server"_s, dir.filePath(u"cache"_s)};
        {
            client::ApiClient api;
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            ui::AppController controller(api, tokens, settings, prompter, identity);
            controller.start();

            QDialog* setup = nullptr;
            QTRY_VERIFY((setup = test::visibleTopLevel<QDialog>(u"setupDialog"_s)));
            auto* create = setup->findChild<QPushButton*>(u"setupCreate"_s);
            QVERIFY(!create->isEnabled());

            QTest::keyClicks(setup->findChild<QLineEdit*>(u"setupName"_s), u"Olga Owner"_s);
            QTest::keyClicks(setup->findChild<QLineEdit*>(u"setupEmail"_s), u"olga@acme"_s);
            // The same rule the server applies, shown as it is typed.
            auto* emailMessage = setup->findChild<QLabel*>(u"setupEmailMessage"_s);
            QVERIFY(emailMessage->isVisible());
            QCOMPARE(emailMessage->text(), u"The domain needs a dot, as in example.com."_s);
            QTest::keyClicks(setup->findChild<QLineEdit*>(u"setupEmail"_s), u".example"_s);
            QVERIFY(!emailMessage->isVisible());
            QTest::keyClicks(setup->findChild<QLineEdit*>(u"setupPassword"_s), u"short"_s);
            QVERIFY(!create->isEnabled());
            QTest::keyClicks(setup->findChild<QLineEdit*>(u"setupPassword"_s), u" but now long enough"_s);
            QTest::keyClicks(setup->findChild<QLineEdit*>(u"setupWorkspace"_s), u"Acme Support"_s);
            QVERIFY(create->isEnabled());
            QTest::mouseClick(create, Qt::LeftButton);

            QTRY_VERIFY(controller.window() && controller.window()->isVisible());
            QVERIFY(!test::visibleTopLevel(u"setupDialog"_s));
            QTRY_COMPARE(controller.session().workspaces().size(), 1);
            QCOMPARE(controller.window()->sidebar()->findChild<QLabel*>(u"workspaceName"_s)->text(), u"Acme Support"_s);
            QCOMPARE(controller.window()->windowTitle(), u"Acme Support — Nacre"_s);
            QCOMPARE(controller.window()->currentPageKey(), u"general"_s);
        }
        // A new run: the token comes back from the keychain, no dialog is shown.
        {
            client::ApiClient api;
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            ui::AppController controller(api, tokens, settings, prompter, identity);
            controller.start();
            QTRY_VERIFY(controller.window() && controller.window()->isVisible());
            QVERIFY(!test::visibleTopLevel(u"signInDialog"_s));
            QCOMPARE(controller.session().profile().email, u"olga@acme.example"_s);

            // Signing out forgets the token: the next run asks for the password.
            QPointer<ui::MainWindow> window = controller.window();
            QTest::mouseClick(controller.window()->sidebar()->findChild<QWidget*>(u"signOutButton"_s), Qt::LeftButton);
            QTRY_VERIFY(test::visibleTopLevel(u"signInDialog"_s));
            // The account's window and models go with it: nothing of it is shown to the next one.
            QVERIFY(!controller.window());
            QTRY_VERIFY(!window);
            test::visibleTopLevel<QDialog>(u"signInDialog"_s)->close();
        }
        {
            client::ApiClient api;
            api.setBaseUrl(QUrl(server.server().baseUrl()));
            ui::AppController controller(api, tokens, settings, prompter, identity);
            controller.start();
            QDialog* signIn = nullptr;
            QTRY_VERIFY((signIn = test::visibleTopLevel<QDialog>(u"signInDialog"_s)));
            QCOMPARE(signIn->findChild<QLineEdit*>(u"signInEmail"_s)->text(), u"olga@acme.example"_s);

            test::signInThrough(signIn, u"olga@acme.example"_s, u"wrong password!"_s);
            auto* error = signIn->findChild<QLabel*>(u"signInError"_s);
            QTRY_VERIFY(error->isVisible());
            QCOMPARE(error->text(), u"The email address or password is not right."_s);

            test::signInThrough(signIn, u"olga@acme.example"_s, u"short but now long enough"_s);
            QTRY_VERIFY(controller.window() && controller.window()->isVisible());
        }
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
