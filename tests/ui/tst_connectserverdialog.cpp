#include "auth/ConnectServerDialog.h"
#include "support/TestServer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

class TestConnectServerDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("https") << u"https://nacre.example.com"_s << u"https://nacre.example.com"_s;
        QTest::newRow("port and slash") << u" http://10.0.0.5:8080/ "_s << u"http://10.0.0.5:8080"_s;
        QTest::newRow("no scheme") << u"nacre.example.com"_s << QString();
        QTest::newRow("ftp") << u"ftp://nacre.example.com"_s << QString();
        QTest::newRow("no host") << u"http://"_s << QString();
        QTest::newRow("query") << u"https://nacre.example.com/?x=1"_s << QString();
    }

    void addresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QCOMPARE(ui::ConnectServerDialog::parseUrl(text).toString(), url);
    }

    void testsThenRemembersTheServer()
    {
        test::TestServer server;
        QTemporaryDir dir;
        client::ClientSettings settings(dir.filePath(u"nacre.ini"_s));
        ui::ConnectServerDialog dialog(settings);
        QVERIFY(dialog.findChild<QRadioButton*>(u"useEmbedded"_s)->isChecked());
        auto* connectButton = dialog.findChild<QPushButton*>(u"connectButton"_s);
        auto* url = dialog.findChild<QLineEdit*>(u"serverUrl"_s);
        auto* result = dialog.findChild<QLabel*>(u"connectionResult"_s);

        QTest::keyClicks(url, u"not a url"_s);
        QVERIFY(dialog.findChild<QRadioButton*>(u"useRemote"_s)->isChecked());
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(result->text().contains(u"http://"_s));

        url->setText(server.server().baseUrl());
        QVERIFY(connectButton->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY(result->text().startsWith(u"Connected: Nacre server"_s));
        QVERIFY(result->text().contains(u"not set up yet"_s));

        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.serverUrl(), QUrl(server.server().baseUrl()));
    }

    void somethingElseAnsweringIsNotAServer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        silent.close(); // nothing listens now
        QTemporaryDir dir;
        client::ClientSettings settings(dir.filePath(u"nacre.ini"_s));
        ui::ConnectServerDialog dialog(settings);
        dialog.findChild<QLineEdit*>(u"serverUrl"_s)->setText(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog.findChild<QLabel*>(u"connectionResult"_s)->text().contains(u"cannot be reached"_s));
    }

    void goingBackToTheBuiltInServer()
    {
        QTemporaryDir dir;
        client::ClientSettings settings(dir.filePath(u"nacre.ini"_s));
        settings.setServerUrl(QUrl(u"https://nacre.example.com"_s));
        ui::ConnectServerDialog dialog(settings);
        QVERIFY(dialog.findChild<QRadioButton*>(u"useRemote"_s)->isChecked());
        dialog.findChild<QRadioButton*>(u"useEmbedded"_s)->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QVERIFY(settings.serverUrl().isEmpty());
    }

    // Issue 10: a small team can start from one computer, when its owner says so.
    void theBuiltInServerIsSharedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        client::ClientSettings settings(dir.filePath(u"nacre.ini"_s));
        QVERIFY(!settings.shareEmbedded());
        QCOMPARE(settings.embeddedPort(), client::ClientSettings::DefaultEmbeddedPort);
        ui::ConnectServerDialog dialog(settings);
        auto* share = dialog.findChild<QCheckBox*>(u"shareEmbedded"_s);
        QVERIFY(!share->isChecked());
        share->setChecked(true);
        QVERIFY(dialog.findChild<QLabel*>(u"shareHint"_s)->isVisibleTo(&dialog));
        // Only for the built-in server: with a remote one chosen it does not apply.
        dialog.findChild<QRadioButton*>(u"useRemote"_s)->setChecked(true);
        QVERIFY(!share->isEnabled());
        dialog.findChild<QRadioButton*>(u"useEmbedded"_s)->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"connectButton"_s), Qt::LeftButton);
        QVERIFY(settings.shareEmbedded());
    }
};

QTEST_MAIN(TestConnectServerDialog)
#include "tst_connectserverdialog.moc"
