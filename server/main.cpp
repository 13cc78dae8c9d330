// nacred: parses the command line, starts NacreServer, and stops cleanly on SIGTERM/SIGINT.
#include "NacreServer.h"
#include "NacreVersion.h"
#include "ServerConfigFile.h"
#include "ServerLifecycle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QThread>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nacred"_s);
    QCoreApplication::setOrganizationDomain(QStringLiteral(NACRE_ORGANIZATION_DOMAIN));
    QCoreApplication::setApplicationVersion(QStringLiteral(NACRE_VERSION_STRING));
    qSetMessagePattern(u"%{time yyyy-MM-ddTHH:mm:ss.zzz} level=%{type} category=%{category} %{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Nacre's REST backend: workspaces, members, invitations and roles."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        u"listen"_s, u"Address and port to listen on (default 127.0.0.1:8080)."_s, u"host:port"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption database(u"database"_s,
        u"SQLite file, or postgres://user:password@host:port/database (default: "
        "nacred.sqlite in the user's data folder)."_s,
        u"file-or-url"_s);
    const QCommandLineOption outbox(u"outbox"_s,
        u"Folder mail is written to when no relay is given (default: outbox/ in the user's data folder)."_s,
        u"folder"_s);
    const QCommandLineOption smtp(u"smtp"_s,
        u"Send mail through this relay: smtp://user:password@host:587 (STARTTLS) or "
        "smtps://user:password@host:465. Without the password in the URL, it is read from the "
        "environment variable NACRED_SMTP_PASSWORD."_s,
        u"url"_s);
    const QCommandLineOption smtpAllowPlain(
        u"smtp-allow-plain"_s, u"Let a relay on this computer (smtp://127.0.0.1…) be used without TLS."_s);
    const QCommandLineOption smtpCaFile(
        u"smtp-ca-file"_s, u"Also trust these certificates (PEM) for the relay."_s, u"file"_s);
    const QCommandLineOption mailFrom(u"mail-from"_s,
        u"Sender of nacred's mail, e.g. \"Nacre <nacre@example.com>\" (needed with --smtp)."_s, u"sender"_s);
    const QCommandLineOption mailRetry(u"mail-retry-after"_s,
        u"Seconds before a mail the relay could not take is tried again; doubled each time, up to an hour "
        "(default 30)."_s,
        u"seconds"_s, u"30"_s);
    const QCommandLineOption maxBody(
        u"max-body"_s, u"Largest request body accepted, in bytes (default 1048576)."_s, u"bytes"_s, u"1048576"_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s, u"Close connections idle this long, in seconds (default 30)."_s, u"seconds"_s, u"30"_s);
    const QCommandLineOption publicUrl(u"public-url"_s,
        u"Base URL used in invitation links (default: the "
        "listening address)."_s,
        u"url"_s);
    const QCommandLineOption metricsListen(u"metrics-listen"_s,
        u"Serve Prometheus metrics at /metrics on this address (host:port, or a port for 127.0.0.1). "
        "Off by default; never on the API's address."_s,
        u"host:port"_s);
    const QCommandLineOption backup(u"backup"_s,
        u"Copy the SQLite database (--database) into this new file, consistently, even while nacred serves "
        "it; then exit. (PostgreSQL: use pg_dump.)"_s,
        u"file"_s);
    const QCommandLineOption workers(u"workers"_s,
        u"Threads serving requests, each with its own database connection (default: one per core, %1 here, on "
        "PostgreSQL; 1 on SQLite, whose single writer more would only queue behind)."_s.arg(
            QThread::idealThreadCount()),
        u"count"_s);
    const QCommandLineOption trustedProxy(u"trusted-proxy"_s,
        u"The address of a load balancer in front of nacred (may be given more than once): from it, and only "
        "from it, X-Forwarded-For names the client."_s,
        u"address"_s);
    const QCommandLineOption configFile(u"config"_s,
        u"Read settings from this file first: one option a line, as name = value (e.g. listen = 127.0.0.1:8080); "
        "options given on the command line win. The packages install /etc/nacred/nacred.conf."_s,
        u"file"_s);
    const QList<QCommandLineOption> options {listen, database, outbox, smtp, smtpAllowPlain, smtpCaFile, mailFrom,
        mailRetry, maxBody, idleTimeout, publicUrl, metricsListen, trustedProxy, workers, backup};
    parser.addOptions(options);
    parser.addOption(configFile);
    QStringList known;
    for (const QCommandLineOption& option : options)
        known += option.names();
    QString configError;
    const std::optional<QStringList> arguments = nacre::server::ServerConfigFile::merged(
        QCoreApplication::arguments(), known, smtpAllowPlain.names(), &configError);
    if (!arguments) {
        std::fprintf(stderr, "nacred: %s\n", qPrintable(configError));
        return 2;
    }
    parser.process(*arguments);

    if (parser.isSet(backup))
        return nacre::server::backUp(parser.value(database), parser.value(backup));

    nacre::server::NacreServerConfig config;
    QString error;
    if (!nacre::server::parseListenAddress(parser.value(listen), &config.address, &config.port, &error)
        || !nacre::server::parsePositive(parser.value(maxBody), &config.limits.maxBodyBytes, &error)) {
        std::fprintf(stderr, "nacred: %s\n", qPrintable(error));
        return 2;
    }
    qint64 idleSeconds = 0;
    if (!nacre::server::parsePositive(parser.value(idleTimeout), &idleSeconds, &error)) {
        std::fprintf(stderr, "nacred: --idle-timeout: %s\n", qPrintable(error));
        return 2;
    }
    config.limits.idleTimeoutMs = int(qMin<qint64>(idleSeconds, 24 * 3600) * 1000);
    config.database = parser.value(database);
    config.outboxDirectory = parser.value(outbox);
    config.mail.smtpUrl = parser.value(smtp);
    if (!config.mail.smtpUrl.isEmpty() && qEnvironmentVariableIsSet("NACRED_SMTP_PASSWORD")) {
        QUrl relay(config.mail.smtpUrl);
        if (relay.password().isEmpty()) {
            relay.setPassword(qEnvironmentVariable("NACRED_SMTP_PASSWORD"));
            config.mail.smtpUrl = relay.toString();
        }
    }
    config.mail.smtpAllowPlain = parser.isSet(smtpAllowPlain);
    config.mail.smtpCaFile = parser.value(smtpCaFile);
    if (parser.isSet(mailFrom))
        config.mail.from = parser.value(mailFrom);
    qint64 retrySeconds = 0;
    if (!nacre::server::parsePositive(parser.value(mailRetry), &retrySeconds, &error)) {
        std::fprintf(stderr, "nacred: --mail-retry-after: %s\n", qPrintable(error));
        return 2;
    }
    config.mail.retry.firstRetryMs = qMin<qint64>(retrySeconds, 3600) * 1000;
    config.options.publicUrl = parser.value(publicUrl);
    if (parser.isSet(metricsListen)) {
        QString text = parser.value(metricsListen);
        if (!text.contains(u':'))
            text = u"127.0.0.1:"_s + text; // a bare port: loopback
        if (!nacre::server::parseListenAddress(text, &config.metricsAddress, &config.metricsPort, &error)) {
            std::fprintf(stderr, "nacred: --metrics-listen: expected host:port or a port\n");
            return 2;
        }
        config.metricsEnabled = true;
    }
    for (const QString& proxy : parser.values(trustedProxy)) {
        const QHostAddress address(proxy);
        if (address.isNull()) {
            std::fprintf(stderr, "nacred: --trusted-proxy: %s is not an IP address\n", qPrintable(proxy));
            return 2;
        }
        config.limits.trustedProxies.append(address);
    }

    qint64 workerCount = config.database.startsWith(u"postgres"_s) ? QThread::idealThreadCount() : 1;
    if (parser.isSet(workers)
        && (!nacre::server::parsePositive(parser.value(workers), &workerCount, &error) || workerCount > 64)) {
        std::fprintf(stderr, "nacred: --workers: a whole number from 1 to 64\n");
        return 2;
    }
    config.workers = int(workerCount);

    nacre::server::NacreServer server(config);
    if (!server.start(&error)) {
        std::fprintf(stderr, "nacred: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("nacred %s listening on %s\n", NACRE_VERSION_STRING, qPrintable(server.baseUrl()));
    if (server.metricsPort() != 0)
        std::printf("metrics on http://%s:%u/metrics\n", qPrintable(config.metricsAddress.toString()),
            unsigned(server.metricsPort()));
    std::fflush(stdout);

    nacre::server::ServerLifecycle lifecycle(server);
    lifecycle.stopOnTerminationSignals();
    return QCoreApplication::exec();
}
