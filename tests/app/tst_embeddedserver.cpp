#include "EmbeddedServer.h"
#include "desktop/LocalAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using nacre::app::EmbeddedServer;

// The server inside the app, started as the app starts it: the same port every run (links mailed
// yesterday still open), another one when that is taken, and shared with the network only when asked.
class TestEmbeddedServer : public QObject
{
    Q_OBJECT

    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("no free port");
        return probe.serverPort();
    }

    // A server on a port that was free a moment ago. Tests running beside this one take ports too: when
    // one took this port between the probe and the start, another port is tried (that run says
    // nothing about Nacre).
    std::unique_ptr<EmbeddedServer> startOnAFreePort(const QString& name, bool share, QUrl* url, quint16* port)
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            *port = freePort();
            auto server = std::make_unique<EmbeddedServer>(options(name, *port, share));
            QString error;
            *url = server->start(&error);
            if (url->isEmpty())
                qFatal("the embedded server did not start: %s", qPrintable(error));
            if (!server->portWasTaken())
                return server;
        }
        qFatal("no port stayed free long enough");
    }

    static QJsonObject status(const QUrl& base)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(base.resolved(QUrl(u"/api/v1/auth/status"_s))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            return {};
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return json;
    }

    QTemporaryDir m_dir;

    EmbeddedServer::Options options(const QString& name, quint16 port, bool share = false) const
    {
        return {m_dir.filePath(name + u".sqlite"_s), m_dir.filePath(name + u"-outbox"_s), port, share};
    }

private Q_SLOTS:
    void listensOnTheSamePortEveryRun()
    {
        QUrl url;
        quint16 port = 0;
        {
            const auto first = startOnAFreePort(u"same"_s, false, &url, &port);
            QCOMPARE(url.port(), int(port));
            // Private by default: links name this computer only.
            QCOMPARE(status(url).value(u"publicUrl"_s).toString(), u"http://127.0.0.1:%1"_s.arg(port));
        }
        // The next run, as the next start of the app: the same port again.
        EmbeddedServer second(options(u"same"_s, port));
        QString error;
        url = second.start(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QCOMPARE(url.port(), int(port));
        QVERIFY(!second.portWasTaken());
        QCOMPARE(status(url).value(u"publicUrl"_s).toString(), u"http://127.0.0.1:%1"_s.arg(port));
    }

    void aTakenPortFallsBackToAFreeOneForThisRun()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::Any, 0));
        EmbeddedServer server(options(u"taken"_s, squatter.serverPort()));
        QString error;
        const QUrl url = server.start(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QVERIFY(server.portWasTaken());
        QVERIFY(url.port() != squatter.serverPort());
        QCOMPARE(status(url).value(u"setupRequired"_s).toBool(), true);
    }

    void sharedWithTheNetworkLinksNameThisComputersAddress()
    {
        const QString lan = nacre::client::LocalAddress::forOthers();
        if (lan.isEmpty())
            QSKIP("this machine has no network address besides loopback");
        QUrl url;
        quint16 port = 0;
        const auto server = startOnAFreePort(u"shared"_s, true, &url, &port);
        QCOMPARE(url.host(), u"127.0.0.1"_s); // the app itself still talks over loopback
        const QJsonObject fromOutside = status(QUrl(u"http://%1:%2"_s.arg(lan).arg(port)));
        QCOMPARE(fromOutside.value(u"publicUrl"_s).toString(), u"http://%1:%2"_s.arg(lan).arg(port));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedServer)
#include "tst_embeddedserver.moc"
