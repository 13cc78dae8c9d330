#include "desktop/InstanceChannel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using nacre::client::InstanceChannel;

// A second launch hands its link to the running Nacre over a real local socket.
class TestInstanceChannel : public QObject
{
    Q_OBJECT

    // The second launch is another process in real life; a thread stands in for it here, since its
    // calls block.
    static bool handFromAnotherLaunch(const QString& path, const QString& link)
    {
        bool taken = false;
        QThread* launch = QThread::create([&] { taken = InstanceChannel(path).handToRunning(link); });
        launch->start();
        while (!launch->wait(10))
            QCoreApplication::processEvents();
        delete launch;
        return taken;
    }

private Q_SLOTS:
    void aSecondLaunchHandsItsLinkToTheRunningOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run/instance"_s);
        InstanceChannel running(path);
        QVERIFY(!handFromAnotherLaunch(path, u"nacre://invite"_s)); // nobody runs yet: start normally
        QString error;
        QVERIFY2(running.listen(&error), qPrintable(error));
        QSignalSpy links(&running, &InstanceChannel::linkReceived);
        QSignalSpy activations(&running, &InstanceChannel::activationRequested);

        const QString link = u"nacre://invite?server=http%3A%2F%2F10.0.0.5%3A7410&code=nki_AbCdEfGhIjKlMnOpQrSt"_s;
        QVERIFY(handFromAnotherLaunch(path, link));
        QTRY_COMPARE(links.size(), 1);
        QCOMPARE(links.first().first().toString(), link);

        QVERIFY(handFromAnotherLaunch(path, {})); // started again without a link: come to the front
        QTRY_COMPARE(activations.size(), 1);
        QCOMPARE(links.size(), 1);
    }

    void aSocketLeftByACrashedInstanceIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"instance"_s);
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly)); // what a crash leaves behind: a file nobody listens on
        stale.close();
        InstanceChannel running(path);
        QString error;
        QVERIFY2(running.listen(&error), qPrintable(error));
        QSignalSpy links(&running, &InstanceChannel::linkReceived);
        QVERIFY(handFromAnotherLaunch(path, u"nacre://reset"_s));
        QTRY_COMPARE(links.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
