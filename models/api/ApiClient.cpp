#include "api/ApiClient.h"

#include "NacreVersion.h"
#include "protocol/Headers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace nacre::client {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(true);
}

void ApiClient::get(const QString& path, QObject* context, Callback callback)
{
    send("GET", path, QJsonValue::Undefined, context, std::move(callback));
}

void ApiClient::send(const QByteArray& method, const QString& path, const QJsonValue& body, QObject* context,
    Callback callback, const Headers& headers)
{
    dispatch(Pending {method, path, body, headers, context, std::move(callback), context != nullptr});
}

void ApiClient::dispatch(Pending pending)
{
    QUrl url = m_baseUrl;
    const qsizetype query = pending.path.indexOf(u'?');
    url.setPath(m_baseUrl.path() + (query < 0 ? pending.path : pending.path.left(query)));
    if (query >= 0)
        url.setQuery(pending.path.mid(query + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    // Shown in the Security page's session list, so a person can tell their devices apart.
    static const QByteArray userAgent = QStringLiteral("Nacre/%1 (%2)")
                                            .arg(QStringLiteral(NACRE_VERSION_STRING), QSysInfo::prettyProductName())
                                            .toUtf8();
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    bool background = false;
    for (const auto& [name, value] : pending.headers) {
        request.setRawHeader(name, value);
        background = background || (name == nacre::Headers::Activity && value == nacre::Headers::BackgroundActivity);
    }
    if (!m_token.isEmpty() && !background)
        Q_EMIT personActive();
    QByteArray payload;
    if (pending.body.isObject() || pending.body.isArray()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        payload = pending.body.isObject() ? QJsonDocument(pending.body.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(pending.body.toArray()).toJson(QJsonDocument::Compact);
    }
    const bool authenticated = !m_token.isEmpty();

    QNetworkReply* reply = m_network.sendCustomRequest(request, pending.method, payload);
    if (++m_inFlight == 1)
        Q_EMIT busyChanged(true);
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending = std::move(pending), authenticated] {
        const QByteArray body = reply->readAll();
        ApiResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.etag = reply->rawHeader("ETag");
        result.error = ApiError::fromReply(reply, body);
        if (!result.error.isError() && !body.isEmpty()) {
            QJsonParseError parseError {};
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                result.error = ApiError::invalidResponse(result.status);
            } else {
                result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            }
        }
        if (--m_inFlight == 0)
            Q_EMIT busyChanged(false);
        setReachable(!result.error.isOffline());

        if (result.status == 401 && authenticated && result.error.is(ProblemCode::Unauthenticated)) {
            m_parkedError = result.error;
            m_parked.append(pending);
            if (m_parked.size() == 1)
                Q_EMIT sessionExpired();
            return;
        }
        if (result.status == 403 && result.error.is(ProblemCode::TwoFactorRequired))
            Q_EMIT twoFactorRequired();
        finish(pending, result);
    });
}

void ApiClient::refresh(const QString& path, QObject* context, Callback callback)
{
    send("GET", path, {}, context, std::move(callback),
        {{QByteArray(nacre::Headers::Activity), QByteArray(nacre::Headers::BackgroundActivity)}});
}

void ApiClient::finish(const Pending& pending, const ApiResult& result)
{
    if (pending.hasContext && !pending.context)
        return; // whoever asked is gone
    if (pending.callback)
        pending.callback(result);
}

void ApiClient::resumeWithToken(const QString& token)
{
    m_token = token;
    const QList<Pending> parked = std::exchange(m_parked, {});
    for (const Pending& pending : parked)
        dispatch(pending);
}

void ApiClient::abandonParked()
{
    const QList<Pending> parked = std::exchange(m_parked, {});
    ApiResult result;
    result.status = 401;
    result.error = m_parkedError;
    for (const Pending& pending : parked)
        finish(pending, result);
}

void ApiClient::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    Q_EMIT reachabilityChanged(reachable);
}

} // namespace nacre::client
