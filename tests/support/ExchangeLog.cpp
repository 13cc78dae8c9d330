#include "support/ExchangeLog.h"

#include "support/TestServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nacre::test {

void ExchangeLog::record(const QByteArray& method, const QString& pathAndQuery, const Reply& reply)
{
    static const QString path = qEnvironmentVariable("NACRE_API_EXCHANGES");
    if (path.isEmpty() || reply.status == 0) // no answer at all is the transport's business, not the contract's
        return;
    static QMutex mutex;
    static bool started = false;
    QMutexLocker lock(&mutex);
    QFile file(path);
    if (!file.open(started ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the exchange log %s: %s", qPrintable(path), qPrintable(file.errorString()));
    started = true;

    const QUrl url(u"http://server"_s + pathAndQuery);
    QJsonObject headers;
    for (auto it = reply.headers.cbegin(); it != reply.headers.cend(); ++it)
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    const QJsonObject line {
        {u"test"_s, QCoreApplication::applicationName()},
        {u"method"_s, QString::fromLatin1(method)},
        {u"path"_s, url.path(QUrl::FullyEncoded)},
        {u"query"_s, url.query(QUrl::FullyEncoded)},
        {u"status"_s, reply.status},
        {u"headers"_s, headers},
        {u"body"_s, QString::fromUtf8(reply.body)},
    };
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace nacre::test
