#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace nacre::client {

struct ApiResult
{
    int status = 0;
    QJsonValue json;
    QByteArray etag;
    ApiError error;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.toObject(); }
};

// The client's one door to the network: base URL, bearer token, transfer timeout, JSON in and out,
// and one path that turns every failure into an ApiError. Callbacks run in the context object's
// thread and are dropped when the context is destroyed first (Qt 6.4 has no QRestAccessManager).
//
// A 401 on an authenticated request means the session ended: the request is parked, and
// sessionExpired() asks for a new sign-in; resumeWithToken() then sends every parked request again,
// so nothing the user was doing is lost.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit ApiClient(QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void get(const QString& path, QObject* context, Callback callback);
    // A request the app makes on its own (a refresh after reconnecting, say), not one the person
    // asked for: the server does not count it as activity, so an idle session still expires.
    void refresh(const QString& path, QObject* context, Callback callback);
    void send(const QByteArray& method, const QString& path, const QJsonValue& body, QObject* context,
        Callback callback, const Headers& headers = {});

    bool isBusy() const { return m_inFlight > 0; }
    bool isReachable() const { return m_reachable; }
    int parkedRequests() const { return int(m_parked.size()); }
    void resumeWithToken(const QString& token);
    void abandonParked(); // the person chose not to sign in again: the parked requests fail

Q_SIGNALS:
    void busyChanged(bool busy);
    void sessionExpired();
    // A workspace answered that it now requires two-factor sign-in of this account.
    void twoFactorRequired();
    void reachabilityChanged(bool reachable);
    // A signed-in request the person asked for left: the server counts it as activity.
    void personActive();

private:
    struct Pending
    {
        QByteArray method;
        QString path;
        QJsonValue body;
        Headers headers;
        QPointer<QObject> context;
        Callback callback;
        bool hasContext = false;
    };

    void dispatch(Pending pending);
    void finish(const Pending& pending, const ApiResult& result);
    void setReachable(bool reachable);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
    int m_inFlight = 0;
    bool m_reachable = true;
    QList<Pending> m_parked;
    ApiError m_parkedError;
};

} // namespace nacre::client
