#include "auth/Totp.h"
#include "profile/ProfilePage.h"
#include "security/PasswordConfirmDialog.h"
#include "security/RecoveryCodesDialog.h"
#include "security/SecurityPage.h"
#include "security/TwoFactorSetupDialog.h"
#include "shell/MainWindow.h"
#include "shell/Sidebar.h"
#include "support/UiTestSupport.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace nacre;
using Totp = nacre::server::Totp;

// User > Profile and User > Security: they belong to the account and ignore the switcher.
class TestUserPages : public QObject
{
    Q_OBJECT

    struct Fixture : test::WindowFixture
    {
        Fixture() { open(owner); }
    };

private Q_SLOTS:
    void profileChangesFollowTheAccountNotTheWorkspace()
    {
        Fixture f;
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        f.window->showPage(u"profile"_s);
        auto* name = f.field<QLineEdit>(u"profileDisplayName"_s);
        QTRY_COMPARE(name->text(), u"Olga Owner"_s);
        QVERIFY(f.field<QLineEdit>(u"profileEmail"_s)->isReadOnly());
        auto* save = f.field<QPushButton>(u"saveProfile"_s);
        QVERIFY(!save->isEnabled());

        f.field<QComboBox>(u"profileTimeZone"_s)->setCurrentText(u"Mars/Base"_s);
        QVERIFY(!save->isEnabled()); // not a time zone
        f.field<QComboBox>(u"profileTimeZone"_s)->setCurrentText(u"Europe/Oslo"_s);
        name->setText(u"Olga Nordmann"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(f.window->sidebar()->findChild<QLabel*>(u"accountName"_s)->text(), u"Olga Nordmann"_s);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.owner.token).json().value(u"timeZone"_s).toString(), u"Europe/Oslo"_s);

        // Switching workspaces leaves the user page where it is.
        QVERIFY(f.session.selectWorkspace(f.beta));
        QCOMPARE(f.window->currentPageKey(), u"profile"_s);
        QCOMPARE(name->text(), u"Olga Nordmann"_s);
    }

    void twoFactorSignInIsTurnedOnWithTheAppsCodeAndOffWithThePassword()
    {
        Fixture f;
        QTRY_COMPARE(f.session.currentWorkspaceId(), f.acme);
        f.window->showPage(u"security"_s);
        auto* state = f.field<QLabel>(u"twoFactorState"_s);
        QVERIFY(state->text().startsWith(u"Off"_s));
        QTest::mouseClick(f.field<QPushButton>(u"twoFactorButton"_s), Qt::LeftButton);
        auto* setup = f.window->findChild<ui::TwoFactorSetupDialog*>();
        QVERIFY(setup && setup->isVisible());
        // The password first: a wrong one is said beside its field and nothing starts.
        auto* ownPassword = setup->findChild<QLineEdit*>(u"twoFactorPassword"_s);
        auto* next = setup->findChild<QPushButton*>(u"twoFactorContinue"_s);
        QTest::keyClicks(ownPassword, u"not my password"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* passwordMessage = setup->findChild<ui::FieldMessage*>(u"twoFactorPasswordMessage"_s);
        QTRY_VERIFY(passwordMessage->text().contains(u"not right"_s));
        QVERIFY(setup->secret().isEmpty());
        ownPassword->clear();
        QTest::keyClicks(ownPassword, QString::fromLatin1(test::TestServer::Password));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(!setup->secret().isEmpty());
        QVERIFY(!setup->findChild<QLabel*>(u"twoFactorQr"_s)->pixmap().isNull()); // the QR code to scan
        QCOMPARE(setup->findChild<QLabel*>(u"twoFactorSecret"_s)->text().remove(u' '), setup->secret());

        const QByteArray secret = *Totp::fromBase32(setup->secret());
        const qint64 now = f.server.server().clock().nowMs() / 1000;
        auto* code = setup->findChild<QLineEdit*>(u"twoFactorCode"_s);
        auto* turnOn = setup->findChild<QPushButton*>(u"twoFactorTurnOn"_s);
        QTest::keyClicks(code, Totp::code(secret, now - 120)); // an old code
        QTest::mouseClick(turnOn, Qt::LeftButton);
        auto* message = setup->findChild<ui::FieldMessage*>(u"twoFactorCodeMessage"_s);
        QTRY_VERIFY(message->text().startsWith(u"That code is not right"_s)); // refused, said beside the field
        QVERIFY(setup->isVisible());
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.owner.token).json().value(u"twoFactorEnabled"_s).toBool(), false);

        // Issue 14: turning it on shows the ten recovery codes once; one of them signs in.
        QStringList codes;
        QTemporaryDir dir;
        f.prompter.dialogs.append([&](QDialog& shown) {
            QCOMPARE(shown.objectName(), u"recoveryCodesDialog"_s);
            codes = shown.findChild<QPlainTextEdit*>(u"recoveryCodesList"_s)
                        ->toPlainText()
                        .split(u'\n', Qt::SkipEmptyParts);
            QVERIFY(
                shown.findChild<QLabel*>(u"recoveryCodesWarning"_s)->text().contains(u"You will not see them again"_s));
            QCOMPARE(static_cast<ui::RecoveryCodesDialog&>(shown).saveTo(dir.filePath(u"codes.txt"_s)), QString());
            shown.accept();
        });
        code->clear();
        QTest::keyClicks(code, Totp::code(secret, now));
        QTest::mouseClick(turnOn, Qt::LeftButton);
        QTRY_VERIFY(state->text().startsWith(u"On"_s));
        QCOMPARE(codes.size(), 10);
        QFile saved(dir.filePath(u"codes.txt"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()).split(u'\n', Qt::SkipEmptyParts), codes);
        auto* left = f.field<QLabel>(u"recoveryCodesLeft"_s);
        QTRY_VERIFY(left->text().startsWith(u"Recovery codes: 10 of 10 left"_s));
        QCOMPARE(
            f.server
                .send("POST", u"/api/v1/auth/login"_s,
                    QJsonObject {{u"email"_s, f.owner.email},
                        {u"password"_s, QString::fromLatin1(test::TestServer::Password)}, {u"totp"_s, codes.first()}})
                .status,
            200);
        f.window->showPage(u"profile"_s);
        f.window->showPage(u"security"_s); // reloads the count
        QTRY_VERIFY(left->text().startsWith(u"Recovery codes: 9 of 10 left"_s));

        // New codes need the password; the old ones stop working.
        QStringList renewed;
        f.prompter.dialogs.append([&](QDialog& shown) {
            renewed = shown.findChild<QPlainTextEdit*>(u"recoveryCodesList"_s)
                          ->toPlainText()
                          .split(u'\n', Qt::SkipEmptyParts);
            shown.accept();
        });
        QTest::mouseClick(f.field<QPushButton>(u"renewRecoveryCodes"_s), Qt::LeftButton);
        auto* renew = f.window->findChild<ui::PasswordConfirmDialog*>(u"renewRecoveryCodesDialog"_s);
        QVERIFY(renew && renew->isVisible());
        QTest::keyClicks(renew->findChild<QLineEdit*>(u"renewRecoveryCodesPassword"_s),
            QString::fromLatin1(test::TestServer::Password));
        QTest::mouseClick(renew->findChild<QPushButton*>(u"renewRecoveryCodesConfirm"_s), Qt::LeftButton);
        QTRY_COMPARE(renewed.size(), 10);
        QTRY_VERIFY(left->text().startsWith(u"Recovery codes: 10 of 10 left"_s));
        QCOMPARE(
            f.server
                .send("POST", u"/api/v1/auth/login"_s,
                    QJsonObject {{u"email"_s, f.owner.email},
                        {u"password"_s, QString::fromLatin1(test::TestServer::Password)}, {u"totp"_s, codes.at(1)}})
                .code(),
            u"totp_invalid"_s);
        QVERIFY(f.session.profile().twoFactorEnabled);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, f.owner.token).json().value(u"twoFactorEnabled"_s).toBool(), true);

        QTest::mouseClick(f.field<QPushButton>(u"twoFactorButton"_s), Qt::LeftButton);
        auto* off = f.window->findChild<ui::PasswordConfirmDialog*>(u"twoFactorOffDialog"_s);
        QVERIFY(off && off->isVisible());
        auto* password = off->findChild<QLineEdit*>(u"twoFactorPassword"_s);
        QTest::keyClicks(password, u"not my password"_s);
        QTest::mouseClick(off->findChild<QPushButton*>(u"twoFactorTurnOff"_s), Qt::LeftButton);
        QTRY_COMPARE(off->findChild<ui::FieldMessage*>()->text(), u"The password is not right."_s);
        QVERIFY(off->isVisible()); // refused: the dialog stays, with the reason
        password->clear();
        QTest::keyClicks(password, QString::fromLatin1(test::TestServer::Password));
        QTest::mouseClick(off->findChild<QPushButton*>(u"twoFactorTurnOff"_s), Qt::LeftButton);
        QTRY_VERIFY(state->text().startsWith(u"Off"_s));
        QVERIFY(!f.session.profile().twoFactorEnabled);
    }

    void passwordChangeSignsOutOtherSessions()
    {
        Fixture f;
        const test::Account laptop = f.server.signIn(f.owner.email);
        f.window->showPage(u"security"_s);
        auto* sessions = f.field<QTreeWidget>(u"sessionList"_s);
        QTRY_COMPARE(sessions->topLevelItemCount(), 2);

        auto* change = f.field<QPushButton>(u"changePassword"_s);
        QTest::keyClicks(f.field<QLineEdit>(u"currentPassword"_s), u"correct horse battery"_s);
        QTest::keyClicks(f.field<QLineEdit>(u"newPassword"_s), u"a brand new passphrase"_s);
        QTest::keyClicks(f.field<QLineEdit>(u"repeatPassword"_s), u"a brand new passphrase!"_s);
        QVERIFY(!change->isEnabled()); // the two differ
        QTest::keyClick(f.field<QLineEdit>(u"repeatPassword"_s), Qt::Key_Backspace);
        QVERIFY(change->isEnabled());
        QTest::mouseClick(change, Qt::LeftButton);
        QTRY_COMPARE(sessions->topLevelItemCount(), 1);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, laptop.token).status, 401);
        QVERIFY(f.field<QLineEdit>(u"currentPassword"_s)->text().isEmpty());
        // Recent Security Activity shows the change at once, above the sign-ins before it.
        auto* activity = f.field<QTreeWidget>(u"securityActivityList"_s);
        QTRY_COMPARE(activity->topLevelItem(0)->text(0), u"Password changed"_s);
        QCOMPARE(activity->topLevelItem(0)->text(2), u"127.0.0.1"_s);
        QCOMPARE(activity->topLevelItem(1)->text(0), u"Signed in"_s);
    }

    void failedSignInsShowInRecentActivity()
    {
        Fixture f;
        f.server.sendFrom(QHostAddress(u"127.0.0.9"_s), "POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, f.owner.email}, {u"password"_s, u"somebody guessing"_s}});
        f.window->showPage(u"security"_s);
        auto* activity = f.field<QTreeWidget>(u"securityActivityList"_s);
        QTRY_VERIFY(activity->topLevelItemCount() > 0);
        QCOMPARE(activity->topLevelItem(0)->text(0), u"Failed sign-in"_s);
        QCOMPARE(activity->topLevelItem(0)->text(2), u"127.0.0.9"_s);
    }

    void anotherSessionCanBeSignedOutAfterConfirming()
    {
        Fixture f;
        const test::Account laptop = f.server.signIn(f.owner.email);
        f.window->showPage(u"security"_s);
        auto* sessions = f.field<QTreeWidget>(u"sessionList"_s);
        QTRY_COMPARE(sessions->topLevelItemCount(), 2);
        auto* endSession = f.field<QPushButton>(u"endSession"_s);
        for (int i = 0; i < 2; ++i) {
            if (!sessions->topLevelItem(i)->text(0).contains(u"this session"_s))
                sessions->setCurrentItem(sessions->topLevelItem(i));
        }
        QVERIFY(endSession->isEnabled());

        f.prompter.answers = {QMessageBox::Cancel};
        QTest::mouseClick(endSession, Qt::LeftButton);
        QCOMPARE(f.prompter.asked.size(), 1);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, laptop.token).status, 200); // nothing happened

        f.prompter.answers = {QMessageBox::Yes};
        QTest::mouseClick(endSession, Qt::LeftButton);
        QTRY_COMPARE(sessions->topLevelItemCount(), 1);
        QCOMPARE(f.server.get(u"/api/v1/me"_s, laptop.token).status, 401);
    }
};

QTEST_MAIN(TestUserPages)
#include "tst_userpages.moc"
