// The HTTP ceiling bench/run measures nacred against: Qt's own QHttpServer (the build nacred links),
// one route answering a constant JSON body of a given size, on a socket with the options nacred
// sets (TCP_NODELAY). What nacred serves per second as a share of this is the cost of its own work.
//
//   nacre-bench-ceiling --listen 127.0.0.1:8090 --body-bytes 38000
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class NoDelayTcpServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

QByteArray constantJson(qsizetype bytes)
{
    QByteArray body = R"({"items":[],"padding":")";
    const QByteArray end = R"("})";
    body.append(std::max<qsizetype>(0, bytes - body.size() - end.size()), 'x');
    return body + end;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString listen = option(u"--listen"_s, u"127.0.0.1:8090"_s);
    const QByteArray body = constantJson(option(u"--body-bytes"_s, u"38000"_s).toLongLong());

    QHttpServer server;
    server.route(u"/ceiling"_s, [&body]() { return QHttpServerResponse("application/json", body); });
    auto* tcp = new NoDelayTcpServer;
    if (!tcp->listen(QHostAddress(listen.section(u':', 0, 0)), listen.section(u':', 1).toUShort())) {
        std::fprintf(stderr, "cannot listen on %s: %s\n", qPrintable(listen), qPrintable(tcp->errorString()));
        return 1;
    }
    server.bind(tcp);
    std::printf("ceiling on http://%s/ceiling, %lld bytes\n", qPrintable(listen), static_cast<long long>(body.size()));
    std::fflush(stdout);
    return app.exec();
}
