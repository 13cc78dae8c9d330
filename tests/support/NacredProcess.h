#pragma once

#include "support/TestServer.h"

#include <QNetworkAccessManager>
#include <QProcess>

namespace nacre::test {

// The nacred executable as its own process, as an operator runs several of them on one database:
// started on a free loopback port, talked to over real HTTP, stopped with SIGTERM or killed.
class NacredProcess
{
public:
    NacredProcess() = default;
    ~NacredProcess();

    // `arguments` besides --listen; true once it prints where it listens.
    bool start(const QStringList& arguments);
    void terminate(); // SIGTERM, and wait
    void kill(); // SIGKILL, and wait
    QString baseUrl() const { return m_baseUrl; }
    QByteArray log(); // what it wrote to standard error so far

    Reply send(const QByteArray& method, const QString& path, const QJsonValue& body = QJsonValue::Undefined,
        const QString& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // The same, not waited for: for requests that must be in flight at the same time.
    QNetworkReply* sendAsync(const QByteArray& method, const QString& path,
        const QJsonValue& body = QJsonValue::Undefined, const QString& token = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {});

    static QString program();

private:
    QProcess m_process;
    QString m_baseUrl;
    QByteArray m_log;
    QNetworkAccessManager m_network;
};

} // namespace nacre::test
