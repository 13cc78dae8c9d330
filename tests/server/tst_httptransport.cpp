#include "support/TestServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using nacre::test::Account;
using nacre::test::Reply;
using nacre::test::TestServer;

// The transport guard in front of QHttpServer, driven with raw sockets where HTTP clients would
// hide what happens on the wire.
class TestHttpTransport : public QObject
{
    Q_OBJECT

    static std::unique_ptr<QTcpSocket> connectTo(TestServer& server)
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, server.server().port());
        if (!socket->waitForConnected(5000))
            return nullptr;
        return socket;
    }

    // Reads until `marker` has arrived or the peer closed; returns everything read.
    static QByteArray readUntil(QTcpSocket& socket, const QByteArray& marker)
    {
        QByteArray received = socket.readAll();
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        while (!received.contains(marker) && socket.state() == QAbstractSocket::ConnectedState) {
            if (!readyRead.wait(5000))
                break;
            received += socket.readAll();
        }
        return received + socket.readAll();
    }

    static nacre::server::NacreServerConfig limits(int idleMs, int perAddress, qint64 maxBody)
    {
        nacre::server::NacreServerConfig config;
        config.limits.idleTimeoutMs = idleMs;
        config.limits.maxConnectionsPerAddress = perAddress;
        config.limits.maxBodyBytes = maxBody;
        return config;
    }

private Q_SLOTS:
    // 200 connections that send their request one byte at a time (slowloris) neither stop another
    // client from being served nor hold their connections: past the head deadline they get 408.
    void slowClientsNeitherStarveOthersNorStay()
    {
        nacre::server::NacreServerConfig config;
        config.limits.headTimeoutMs = 1500; // 10 s in production
        TestServer server(config);
        const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: x\r\nUser-Agent: slow\r\n\r\n";
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 200; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QVERIFY(socket->bind(QHostAddress(u"127.0.0.%1"_s.arg(10 + i % 4)))); // 50 from each of 4 addresses
            socket->connectToHost(QHostAddress::LocalHost, server.server().port());
            slow.push_back(std::move(socket));
        }
        // Connected with the event loop running: the in-process server accepts them meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(slow.cbegin(), slow.cend(),
                [](const auto& socket) { return socket->state() == QAbstractSocket::ConnectedState; }),
            10000);
        QTimer drip;
        int sent = 0;
        connect(&drip, &QTimer::timeout, this, [&] {
            if (sent >= request.size() - 1)
                return; // never the last byte
            for (auto& socket : slow)
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(request.mid(sent, 1));
            ++sent;
        });
        drip.start(1000); // one header byte a second, as a slowloris sends them
        QTRY_COMPARE(server.server().openConnections(), 200); // all accepted, all mid-request
        QTRY_VERIFY(sent >= 1); // each has begun its request
        const Reply normal = server.sendFrom(QHostAddress(u"127.0.0.2"_s), "GET", u"/healthz"_s);
        QCOMPARE(normal.status, 200);
        // The deadline passes: each slow one is told and closed.
        QTRY_COMPARE_WITH_TIMEOUT(server.server().openConnections(), 0, 10000);
        const auto told = [&slow] {
            return std::count_if(slow.cbegin(), slow.cend(),
                [](const auto& socket) { return socket->peek(16).startsWith("HTTP/1.1 408"); });
        };
        QTRY_COMPARE(told(), qsizetype(200));
    }

    // More connections than the server takes in all: the next one is told 503 with Retry-After at
    // once, not queued.
    void anOverloadIsAnswered503()
    {
        nacre::server::NacreServerConfig config;
        config.limits.maxConnections = 20;
        TestServer server(config);
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 20; ++i) {
            open.push_back(std::make_unique<QTcpSocket>());
            open.back()->connectToHost(QHostAddress::LocalHost, server.server().port());
        }
        QTRY_COMPARE(server.server().openConnections(), 20);
        const QByteArray answer = server.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());
        QVERIFY(answer.contains("Retry-After: 2"));
        QVERIFY(answer.contains("service_unavailable"));
        open.clear();
        QTRY_COMPARE(server.server().openConnections(), 0);
        QCOMPARE(server.get(u"/healthz"_s).status, 200); // served again once there is room
    }

    // Whom X-Forwarded-For is believed from, and which of its addresses is the client.
    void theClientAddressComesFromTrustedProxiesOnly_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("client");
        QTest::newRow("no proxy") << u"192.0.2.10"_s << QByteArray() << u"192.0.2.10"_s;
        QTest::newRow("a mapped IPv4 peer reads as IPv4") << u"::ffff:192.0.2.10"_s << QByteArray() << u"192.0.2.10"_s;
        QTest::newRow("header from a stranger") << u"192.0.2.10"_s << QByteArray("203.0.113.9") << u"192.0.2.10"_s;
        QTest::newRow("through the proxy") << u"10.0.0.5"_s << QByteArray("198.51.100.7") << u"198.51.100.7"_s;
        QTest::newRow("a forged hop before the real one")
            << u"10.0.0.5"_s << QByteArray("203.0.113.9, 198.51.100.7") << u"198.51.100.7"_s;
        QTest::newRow("two proxies in a row")
            << u"10.0.0.5"_s << QByteArray("198.51.100.7, 10.0.0.6") << u"198.51.100.7"_s;
        QTest::newRow("the proxy as a mapped IPv6 peer")
            << u"::ffff:10.0.0.5"_s << QByteArray("198.51.100.7") << u"198.51.100.7"_s;
        QTest::newRow("garbage in the header") << u"10.0.0.5"_s << QByteArray("not-an-address") << u"10.0.0.5"_s;
        QTest::newRow("IPv6 client") << u"10.0.0.5"_s << QByteArray("2001:db8::1") << u"2001:db8::1"_s;
    }

    void theClientAddressComesFromTrustedProxiesOnly()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, client);
        nacre::server::TransportLimits limits;
        limits.trustedProxies = {QHostAddress(u"10.0.0.5"_s), QHostAddress(u"10.0.0.6"_s)};
        QCOMPARE(limits.clientAddress(QHostAddress(peer), forwardedFor).toString(), client); // as logged and stored
    }

    void unknownPathsAndWrongMethodsAreProblems()
    {
        TestServer server;
        const Reply missing = server.get(u"/api/v1/nothing/here"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(missing.json().value(u"status"_s).toInt(), 404);
        QCOMPARE(missing.code(), u"not_found"_s);

        const Reply wrongMethod = server.send("PUT", u"/api/v1/workspaces"_s, QJsonObject {});
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), QByteArray("GET, POST"));
        QCOMPARE(wrongMethod.code(), u"method_not_allowed"_s);
        QVERIFY(wrongMethod.json().value(u"type"_s).toString().startsWith(u"urn:nacre:problem:"_s));
    }

    void declaredOversizeIsRefusedBeforeTheBody()
    {
        TestServer server(limits(30000, 64, 1024));
        auto socket = connectTo(server);
        QVERIFY(socket);
        socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 5000000000\r\n\r\n{");
        const QByteArray answer = readUntil(*socket, "}");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("payload_too_large"));
        QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
        QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || closed.wait(5000));
    }

    void streamedOversizeIsCutOff()
    {
        TestServer server(limits(30000, 64, 4096));
        auto socket = connectTo(server);
        QVERIFY(socket);
        socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        QSignalSpy closed(socket.get(), &QTcpSocket::disconnected);
        const QByteArray chunk = "1000\r\n" + QByteArray(4096, 'a') + "\r\n";
        for (int i = 0; i < 64 && socket->state() == QAbstractSocket::ConnectedState && closed.isEmpty(); ++i) {
            socket->write(chunk);
            socket->waitForBytesWritten(1000);
            QTest::qWait(1); // let the server's event loop read what arrived
        }
        const QByteArray answer = readUntil(*socket, "}");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || closed.wait(5000));
    }

    void idleConnectionsAreClosed()
    {
        TestServer server(limits(1000, 64, 1024 * 1024));
        // Opened together: one stays quiet, one keeps asking. The quiet one's closing is the clock
        // (no fixed waits): when it goes, more than the idle time has passed.
        auto idle = connectTo(server);
        auto busy = connectTo(server);
        QVERIFY(idle && busy);
        QSignalSpy idleClosed(idle.get(), &QTcpSocket::disconnected);
        QSignalSpy busyClosed(busy.get(), &QTcpSocket::disconnected);
        int requests = 0;
        while (idleClosed.isEmpty() && requests < 200) {
            busy->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            const QByteArray answer = readUntil(*busy, "\"ok\"}");
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
            ++requests;
            idleClosed.wait(100); // returns at once when the quiet connection is closed
        }
        QCOMPARE(idleClosed.size(), 1);
        QVERIFY(requests > 1);
        // A busy connection is not idle: its requests kept resetting the timer.
        QVERIFY(busyClosed.isEmpty());
        QCOMPARE(busy->state(), QAbstractSocket::ConnectedState);
    }

    void oneAddressCannotHoldEveryConnection()
    {
        TestServer server(limits(30000, 3, 1024 * 1024));
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(connectTo(server));
            open.back()->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(readUntil(*open.back(), "\"ok\"}").startsWith("HTTP/1.1 200"));
        }
        auto fourth = connectTo(server);
        QVERIFY(fourth);
        const QByteArray refused = readUntil(*fourth, "}");
        QVERIFY2(refused.startsWith("HTTP/1.1 429"), refused.constData());
        // Closing one makes room again.
        QCOMPARE(server.server().openConnections(), 3);
        open.front()->disconnectFromHost();
        open.erase(open.begin());
        QTRY_COMPARE(server.server().openConnections(), 2);
        auto again = connectTo(server);
        again->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readUntil(*again, "\"ok\"}").startsWith("HTTP/1.1 200"));
    }

    void expectContinueIsAnswered()
    {
        TestServer server;
        auto socket = connectTo(server);
        socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        const QByteArray interim = readUntil(*socket, "\r\n\r\n");
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue"), interim.constData());
        socket->write("{}");
        const QByteArray answer = readUntil(*socket, "}");
        QVERIFY2(answer.contains("HTTP/1.1 422"), answer.constData());
    }

    void metricsAreOffTheApiAndOnTheirOwnListener()
    {
        nacre::server::NacreServerConfig config;
        config.metricsEnabled = true;
        TestServer server(config);
        QVERIFY(server.server().metricsPort() != 0);
        QCOMPARE(server.get(u"/metrics"_s).status, 404); // never on the API's address
        server.get(u"/healthz"_s);
        server.get(u"/healthz"_s);
        server.get(u"/api/v1/workspaces/abc"_s);
        const Reply metrics = server.getFrom(server.server().metricsPort(), u"/metrics"_s);
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("content-type").startsWith("text/plain"));
        QVERIFY2(metrics.body.contains("nacre_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 2"),
            metrics.body.constData());
        QVERIFY(metrics.body.contains("route=\"/api/v1/workspaces/{ws}\",status=\"401\"} 1"));
        QVERIFY(metrics.body.contains(
            "nacre_http_request_duration_seconds_bucket{method=\"GET\",route=\"/healthz\",le=\"+Inf\"} 2"));
    }

    // Defect 3: the access log wrote the decoded path, so GET /invitations/{code} left live codes
    // in the log for anyone who reads it. Secret path segments are logged as a placeholder.
    void theAccessLogNeverHoldsAnInvitationCode()
    {
        TestServer server;
        QString ws;
        const Account owner = server.setUp(&ws);
        server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
            QJsonObject {{u"emails"_s, QJsonArray {u"boss@acme.example"_s}},
                {u"roleId"_s, server.builtinRoleId(owner, ws, u"owner"_s)}},
            owner.token);
        const QString code = server.invitationTokenFromOutbox(u"boss@acme.example"_s);
        QVERIFY(code.startsWith(u"nki_"_s));
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + code).status, 200);
        QCOMPARE(server.get(u"/api/v1/invitations/"_s + code + u"/typo"_s).status, 404); // unmatched path too
        const QString log = server.serverLog().join(u'\n');
        QVERIFY(log.contains(u"path=/api/v1/invitations/{redacted} route=/api/v1/invitations/{token}"_s));
        QVERIFY(log.contains(u"path=/api/v1/invitations/{redacted}/typo"_s));
        QVERIFY(!log.contains(code));
    }

    // Refused workspace actions are counted by route and code, and logged with who tried.
    void refusalsAreCountedAndLogged()
    {
        nacre::server::NacreServerConfig config;
        config.metricsEnabled = true;
        TestServer server(config);
        QString ws;
        const Account owner = server.setUp(&ws);
        const QString readers = server.createRole(owner, ws, u"Readers"_s, {u"calls.view"_s});
        const Account reader = server.addMember(owner, ws, readers, u"reader@acme.example"_s);
        QCOMPARE(server.get(u"/api/v1/workspaces/%1/members"_s.arg(ws), reader.token).status, 403);
        const Reply metrics = server.getFrom(server.server().metricsPort(), u"/metrics"_s);
        QVERIFY2(metrics.body.contains("nacre_refused_requests_total{route=\"/api/v1/workspaces/{ws}/members\","
                                       "code=\"missing_permission\"} 1"),
            metrics.body.constData());
        const QString log = server.serverLog().join(u'\n');
        QVERIFY(log.contains(u"refused workspace=%1 actor=%2"_s.arg(ws, reader.id)));
    }

    void metricsAreOffUnlessAsked()
    {
        TestServer server;
        QCOMPARE(server.server().metricsPort(), quint16(0));
        QCOMPARE(server.get(u"/metrics"_s).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
