#include "support/NacredProcess.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace nacre::test {

NacredProcess::~NacredProcess()
{
    terminate();
}

QString NacredProcess::program()
{
    return QStringLiteral(NACRED_PATH);
}

bool NacredProcess::start(const QStringList& arguments, const QList<QPair<QString, QString>>& environment)
{
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(u"QT_LOGGING_RULES"_s, u"nacre.*.info=true"_s); // the log is what tests look at
    for (const auto& [name, value] : environment)
        variables.insert(name, value);
    m_process.setProcessEnvironment(variables);
    m_process.start(program(), QStringList {u"--listen"_s, u"127.0.0.1:0"_s} + arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray banner;
    while (!banner.contains('\n') && m_process.waitForReadyRead(30000))
        banner += m_process.readAllStandardOutput();
    m_baseUrl
        = QRegularExpression(u"listening on (http://127.0.0.1:\\d+)"_s).match(QString::fromUtf8(banner)).captured(1);
    if (m_baseUrl.isEmpty())
        qWarning("nacred did not start: %s %s", banner.constData(), m_process.readAllStandardError().constData());
    return !m_baseUrl.isEmpty();
}

void NacredProcess::terminate()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(15000))
        kill();
}

void NacredProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

QByteArray NacredProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

QNetworkReply* HttpEndpoint::sendAsync(const QByteArray& method, const QString& path, const QJsonValue& body,
    const QString& token, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setTransferTimeout(60000);
    QByteArray payload;
    if (!body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, payload);
}

Reply HttpEndpoint::send(const QByteArray& method, const QString& path, const QJsonValue& body, const QString& token,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return TestServer::awaitReply(sendAsync(method, path, body, token, headers));
}

} // namespace nacre::test
