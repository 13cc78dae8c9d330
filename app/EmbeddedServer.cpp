#include "EmbeddedServer.h"

#include "NacreServer.h"

#include <QMetaObject>
#include <QSqlDatabase>

namespace nacre::app {

EmbeddedServer::EmbeddedServer(QString databasePath, QString outboxPath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_outboxPath(std::move(outboxPath))
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

    server::NacreServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.database = m_databasePath;
    config.outboxDirectory = m_outboxPath;

    QUrl url;
    QString failure;
    auto* context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            auto* server = new server::NacreServer(config, context);
            if (server->start(&failure))
                url = QUrl(server->baseUrl());
        },
        Qt::BlockingQueuedConnection);
    m_worker = context;
    if (url.isEmpty() && error)
        *error = failure;
    return url;
}

} // namespace nacre::app
