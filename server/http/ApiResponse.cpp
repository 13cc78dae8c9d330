#include "http/ApiResponse.h"

#include "http/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nacre::server {

ApiResponse ApiResponse::json(const QJsonValue& value, int status)
{
    return rawJson(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact),
        status);
}

ApiResponse ApiResponse::rawJson(QByteArray body, int status)
{
    ApiResponse response;
    response.status = status;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.body = std::move(body);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    return response;
}

ApiResponse ApiResponse::problem(const ApiError& error)
{
    ApiResponse response;
    response.status = error.status();
    response.headers = error.headers();
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/problem+json")));
    response.body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::text(const QByteArray& body, const QByteArray& contentType)
{
    ApiResponse response;
    response.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    response.body = body;
    return response;
}

ApiResponse& ApiResponse::withETag(const QByteArray& etag)
{
    return withHeader("ETag", etag);
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

} // namespace nacre::server
