#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace nacre::server {

// One HTTP request as the handlers see it: copied out of QHttpServerRequest, plus the path
// parameters the router matched ("ws" in /workspaces/{ws}).
struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QString param(const QString& name) const { return params.value(name); }
    QString queryValue(const QString& key) const;
    QString bearerToken() const;
    QString userAgent() const;
    bool isBackground() const; // the app's own refresh (Nacre-Activity: background), not the person's action

    // The body as a JSON object; anything else (no body, not JSON, an array) is a 400 problem.
    QJsonObject jsonObject() const;
};

} // namespace nacre::server
