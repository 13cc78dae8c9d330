#include "ServerLifecycle.h"

#include "NacreServer.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLifecycle, "nacre.server.lifecycle")

namespace nacre::server {

namespace {

int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

bool parseListenAddress(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint number = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&ok);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!ok || number > 65535 || !address->setAddress(host == u"localhost"_s ? u"127.0.0.1"_s : host)) {
        *error = u"--listen: expected host:port, as in 127.0.0.1:8080"_s;
        return false;
    }
    *port = quint16(number);
    return true;
}

int backUp(const QString& database, const QString& file)
{
    QString error;
    const DatabaseLocation location
        = DatabaseLocation::parse(database.isEmpty() ? NacreServer::defaultDatabasePath() : database, &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "nacred: --database: %s\n", qPrintable(error));
        return 2;
    }
    if (location.kind == DatabaseLocation::Kind::Postgres) {
        std::fprintf(stderr,
            "nacred: --backup is for SQLite; back up PostgreSQL with pg_dump "
            "(pg_dump --format=custom --file=nacre.dump DATABASE)\n");
        return 1;
    }
    try {
        Database source(location);
        source.open();
        source.backUpTo(file);
    } catch (const std::exception& exception) {
        std::fprintf(stderr, "nacred: backup failed: %s\n", exception.what());
        return 1;
    }
    std::printf("nacred: %s backed up to %s\n", qPrintable(location.describe()), qPrintable(file));
    return 0;
}

bool parsePositive(const QString& text, qint64* value, QString* error)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number <= 0) {
        *error = u"expected a positive whole number, got \u201c%1\u201d"_s.arg(text);
        return false;
    }
    *value = number;
    return true;
}

ServerLifecycle::ServerLifecycle(NacreServer& server, int graceMs)
    : m_server(server)
    , m_graceMs(graceMs)
{ }

ServerLifecycle::~ServerLifecycle() = default;

void ServerLifecycle::stopOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto bytesRead = ::read(signalPipe[1], &byte, 1);
        beginShutdown();
    });
    struct sigaction action
    {
    };
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void ServerLifecycle::beginShutdown()
{
    m_notifier->setEnabled(false);
    qCInfo(lcLifecycle) << "stopping: no new connections; finishing requests in flight";
    m_server.stopAccepting();
    auto* poll = new QTimer(this);
    const QDeadlineTimer deadline(m_graceMs);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline] {
        if (m_server.requestsInFlight() == 0 || deadline.hasExpired()) {
            poll->stop();
            qCInfo(lcLifecycle) << "stopped";
            QCoreApplication::quit();
        }
    });
    poll->start(50);
}

} // namespace nacre::server
