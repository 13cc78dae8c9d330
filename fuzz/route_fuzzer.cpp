// libFuzzer target: arbitrary bytes as the query string and body of every route, in-process, as a
// signed-in Owner of a real workspace (nacred on a SQLite file in a temporary folder). A 500, a crash or
// a sanitizer report is a finding. Input: byte 0 picks the route; up to the first newline is the query
// string; the rest is the body. Path parameters are the workspace's real ids or bytes of the input.
#include "NacreServer.h"
#include "http/Router.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace nacre::server;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<NacreServer> server;
    QList<RouteInfo> routes;
    QString token;
    QString ws;
    QString userId;

    Router::Result call(const QByteArray& method, const QString& path, const QByteArray& body, const QString& bearer)
    {
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.body = body;
        request.remoteAddress = QHostAddress::LocalHost;
        request.headers.insert("content-type", "application/json");
        if (!bearer.isEmpty())
            request.headers.insert("authorization", "Bearer " + bearer.toLatin1());
        return server->router().dispatch(request);
    }

    // The Owner signed in with a workspace, again if an input signed them out or deleted it.
    void ensureSignedIn()
    {
        if (!token.isEmpty() && call("GET", u"/api/v1/workspaces/%1"_s.arg(ws), {}, token).response.status == 200)
            return;
        const QByteArray credentials = R"({"email":"owner@acme.example","password":"correct horse battery"})";
        QJsonObject json
            = QJsonDocument::fromJson(call("POST", u"/api/v1/auth/login"_s, credentials, {}).response.body).object();
        token = json.value(u"token"_s).toString();
        userId = json.value(u"user"_s).toObject().value(u"id"_s).toString();
        const auto created = call("POST", u"/api/v1/workspaces"_s, R"({"name":"Acme"})", token);
        ws = QJsonDocument::fromJson(created.response.body).object().value(u"id"_s).toString();
    }
};

Fixture* fixture()
{
    static Fixture* f = [] {
        static int argc = 1;
        static char name[] = "route_fuzzer";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        qputenv("QT_LOGGING_RULES", "*=false");
        auto* made = new Fixture;
        NacreServerConfig config;
        config.database = made->dir.filePath(u"fuzz.sqlite"_s);
        config.outboxDirectory = made->dir.filePath(u"outbox"_s);
        config.port = 0;
        // The fuzzer signs in again after inputs that sign it out: no throttle in the way.
        config.options.throttle.maxFailuresPerAddress = 1 << 30;
        config.options.throttle.maxFailuresPerAccountAndAddress = 1 << 30;
        config.options.throttle.accountDelayAfter = 1 << 30;
        made->server = std::make_unique<NacreServer>(config);
        QString error;
        if (!made->server->start(&error)) {
            std::fprintf(stderr, "nacred did not start: %s\n", qPrintable(error));
            std::abort();
        }
        made->routes = made->server->router().routes();
        const QByteArray setup = R"({"displayName":"Olga Owner","email":"owner@acme.example",)"
                                 R"("password":"correct horse battery","workspaceName":"Acme"})";
        made->call("POST", u"/api/v1/auth/setup"_s, setup, {});
        made->ensureSignedIn();
        return made;
    }();
    return f;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Fixture* f = fixture();
    if (size < 1)
        return 0;
    const RouteInfo& route = f->routes.at(data[0] % f->routes.size());
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray query = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);

    QString path = route.pattern;
    path.replace(u"{ws}"_s, f->ws);
    path.replace(u"{user}"_s, f->userId);
    // Other ids (roles, invitations, sessions, tokens) come from the input: mostly not found, which
    // is also a path worth walking.
    path.replace(QRegularExpression(u"\\{[a-z]+\\}"_s), QString::fromLatin1(query.left(40).toPercentEncoding()));
    ApiRequest request;
    request.method = route.method;
    request.path = path;
    request.query = QUrlQuery(QString::fromLatin1(query));
    request.body = body;
    request.remoteAddress = QHostAddress::LocalHost;
    request.headers.insert("content-type", "application/json");
    request.headers.insert("authorization", "Bearer " + f->token.toLatin1());
    request.headers.insert("if-match", "\"1\"");
    const Router::Result result = f->server->router().dispatch(request);
    if (result.response.status >= 500) {
        std::fprintf(stderr, "%s %s answered %d: %s\n", route.method.constData(), qPrintable(path),
            result.response.status, result.response.body.constData());
        std::abort();
    }
    f->ensureSignedIn();
    return 0;
}
