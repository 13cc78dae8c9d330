#pragma once

#include "support/TestServer.h"

#include <QNetworkAccessManager>
#include <QProcess>

namespace nacre::test {

// A server reached over real HTTP at a base URL (a nacred, or nginx in front of several).
class HttpEndpoint
{
public:
    explicit HttpEndpoint(QString baseUrl = {})
        : m_baseUrl(std::move(baseUrl))
    { }

    QString baseUrl() const { return m_baseUrl; }
    Reply send(const QByteArray& method, const QString& path, const QJsonValue& body = QJsonValue::Undefined,
        const QString& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // The same, not waited for: for requests that must be in flight at the same time.
    QNetworkReply* sendAsync(const QByteArray& method, const QString& path,
        const QJsonValue& body = QJsonValue::Undefined, const QString& token = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {});

protected:
    QString m_baseUrl;

private:
    QNetworkAccessManager m_network;
};

// The nacred executable as its own process, as an operator runs several of them on one database:
// started on a free loopback port, talked to over real HTTP, stopped with SIGTERM or killed.
class NacredProcess : public HttpEndpoint
{
public:
    NacredProcess() = default;
    ~NacredProcess();

    // `arguments` besides --listen, and variables added to the environment (a relay password);
    // true once it prints where it listens.
    bool start(const QStringList& arguments, const QList<QPair<QString, QString>>& environment = {});
    void terminate(); // SIGTERM, and wait
    void kill(); // SIGKILL, and wait
    QByteArray log(); // what it wrote to standard error so far
    QString hostAndPort() const { return m_baseUrl.mid(7); } // "127.0.0.1:port", for an upstream

    static QString program();

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace nacre::test
