#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace nacre::server {

class ApiError;

struct ApiResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ApiResponse json(const QJsonValue& value, int status = 200);
    static ApiResponse rawJson(QByteArray body, int status = 200); // already serialised (JsonWriter)
    static ApiResponse noContent();
    static ApiResponse problem(const ApiError& error);
    static ApiResponse text(const QByteArray& body, const QByteArray& contentType);

    // A strong validator from a row's version counter: `"<kind>-<id>-v<version>"`.
    ApiResponse& withETag(const QByteArray& etag);
    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
};

} // namespace nacre::server
