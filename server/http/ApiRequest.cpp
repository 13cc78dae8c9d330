#include "http/ApiRequest.h"

#include "http/ApiError.h"
#include "protocol/Headers.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace nacre::server {

QString ApiRequest::queryValue(const QString& key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString ApiRequest::bearerToken() const
{
    const QByteArray authorization = header("authorization").trimmed();
    if (authorization.left(7).compare("bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(authorization.mid(7).trimmed());
}

QString ApiRequest::userAgent() const
{
    // Never a null string: a client that sends no User-Agent is stored as "" (a NOT NULL column).
    const QString text = QString::fromUtf8(header("user-agent").left(200));
    return text.isNull() ? QString(u""_s) : text;
}

bool ApiRequest::isBackground() const
{
    return header(QByteArray(Headers::Activity).toLower()).trimmed() == Headers::BackgroundActivity;
}

QJsonObject ApiRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        throw ApiError::badRequest(u"This request needs a JSON object as its body."_s);
    const QByteArray contentType = header("content-type").toLower();
    if (!contentType.isEmpty() && !contentType.startsWith("application/json"))
        throw ApiError(415, ProblemCode::UnsupportedMediaType, u"Unsupported media type"_s,
            u"Send the body as application/json."_s);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiError::badRequest(
            u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        throw ApiError::badRequest(u"The body must be a JSON object."_s);
    return document.object();
}

} // namespace nacre::server
