#include "EmbeddedServer.h"

#include "NacreServer.h"
#include "desktop/LocalAddress.h"

#include <QMetaObject>
#include <QSqlDatabase>

namespace nacre::app {

EmbeddedServer::EmbeddedServer(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("nacred"));
}

EmbeddedServer::~EmbeddedServer()
{
    if (m_worker) {
        // The server and its database connection belong to the thread: destroy them there.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

QUrl EmbeddedServer::start(QString* error)
{
    // Qt Sql's driver registry is not thread-safe to start (Qt 6.4): touch it here, on the GUI thread.
    QSqlDatabase::drivers();
    m_thread.start();
    QString failure;
    if (!startOn(m_options.port, &failure) && m_options.port != 0) {
        // Another program (or another person's Nacre) has the port: a free one for this run.
        m_portWasTaken = true;
        failure.clear();
        startOn(0, &failure);
    }
    if (m_port == 0) {
        if (error)
            *error = failure;
        return {};
    }
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool EmbeddedServer::startOn(quint16 port, QString* error)
{
    server::NacreServerConfig config;
    config.address = m_options.shareWithNetwork ? QHostAddress::Any : QHostAddress::LocalHost;
    config.port = port;
    config.database = m_options.databasePath;
    config.outboxDirectory = m_options.outboxPath;
    if (m_options.shareWithNetwork)
        config.publicHost = client::LocalAddress::forOthers();

    auto* context = new QObject;
    context->moveToThread(&m_thread);
    bool started = false;
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            auto* server = new server::NacreServer(config, context);
            started = server->start(error);
            if (started)
                m_port = server->port();
        },
        Qt::BlockingQueuedConnection);
    if (started) {
        m_worker = context;
    } else {
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    }
    return started;
}

} // namespace nacre::app
