#include "http/ApiError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nacre::server {

ApiError::ApiError(int status, ProblemCode code, QString title, QString detail)
    : m_status(status)
    , m_code(code)
    , m_title(std::move(title))
    , m_detail(std::move(detail))
{ }

ApiError ApiError::badRequest(const QString& detail)
{
    return ApiError(400, ProblemCode::BadRequest, u"The request could not be read"_s, detail);
}

ApiError ApiError::validation(FieldErrors errors)
{
    ApiError error(422, ProblemCode::ValidationFailed, u"Some fields are not valid"_s,
        errors.size() == 1 ? errors.constFirst().message : u"%1 fields need attention."_s.arg(errors.size()));
    error.m_errors = std::move(errors);
    return error;
}

ApiError ApiError::unauthenticated(const QString& detail)
{
    return ApiError(
        401, ProblemCode::Unauthenticated, u"Sign-in required"_s, detail.isEmpty() ? u"Sign in to continue."_s : detail)
        .withHeader("WWW-Authenticate", "Bearer realm=\"nacre\"");
}

ApiError ApiError::forbidden(ProblemCode code, const QString& detail)
{
    return ApiError(403, code, u"Not allowed"_s, detail);
}

ApiError ApiError::notFound(const QString& what)
{
    return ApiError(404, ProblemCode::NotFound, u"Not found"_s,
        what.isEmpty() ? u"There is nothing here."_s : u"No such %1."_s.arg(what));
}

ApiError ApiError::conflict(ProblemCode code, const QString& detail)
{
    return ApiError(409, code, u"Conflict"_s, detail);
}

ApiError ApiError::preconditionFailed()
{
    return ApiError(412, ProblemCode::StaleVersion, u"Changed by someone else"_s,
        u"This resource was changed since you loaded it. Reload it and apply your change again."_s);
}

ApiError ApiError::preconditionRequired()
{
    return ApiError(428, ProblemCode::VersionRequired, u"Version required"_s,
        u"Send the resource's ETag in an If-Match header to change it."_s);
}

ApiError ApiError::tooManyRequests(int retryAfterSeconds, const QString& detail)
{
    return ApiError(429, ProblemCode::TooManyRequests, u"Too many attempts"_s, detail)
        .withHeader("Retry-After", QByteArray::number(retryAfterSeconds))
        .withMember(u"retryAfter"_s, retryAfterSeconds);
}

ApiError ApiError::payloadTooLarge(qint64 limit)
{
    return ApiError(413, ProblemCode::PayloadTooLarge, u"Request too large"_s,
        u"The request body is larger than the %1 bytes this server accepts."_s.arg(limit))
        .withMember(u"limit"_s, limit);
}

ApiError ApiError::methodNotAllowed(const QStringList& allowed)
{
    return ApiError(405, ProblemCode::MethodNotAllowed, u"Method not allowed"_s,
        u"This resource supports %1."_s.arg(allowed.join(u", "_s)))
        .withHeader("Allow", allowed.join(u", "_s).toLatin1());
}

ApiError ApiError::internal()
{
    return ApiError(500, ProblemCode::InternalError, u"Internal error"_s,
        u"The server could not complete the request; nothing was changed."_s);
}

ApiError ApiError::serviceUnavailable(int retryAfterSeconds, const QString& detail)
{
    return ApiError(503, ProblemCode::ServiceUnavailable, u"Service unavailable"_s, detail)
        .withHeader("Retry-After", QByteArray::number(retryAfterSeconds))
        .withMember(u"retryAfter"_s, retryAfterSeconds);
}

ApiError& ApiError::withMember(const QString& key, const QJsonValue& value)
{
    m_members.insert(key, value);
    return *this;
}

ApiError& ApiError::withHeader(const QByteArray& name, const QByteArray& value)
{
    m_headers.append(qMakePair(name, value));
    return *this;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject json = m_members;
    const QString code = ProblemCodes::name(m_code);
    json.insert(u"type"_s, u"urn:nacre:problem:"_s + code);
    json.insert(u"title"_s, m_title);
    json.insert(u"status"_s, m_status);
    json.insert(u"code"_s, code);
    if (!m_detail.isEmpty())
        json.insert(u"detail"_s, m_detail);
    if (!m_errors.isEmpty()) {
        QJsonArray errors;
        for (const FieldError& error : m_errors)
            errors.append(error.toJson());
        json.insert(u"errors"_s, errors);
    }
    return json;
}

} // namespace nacre::server
