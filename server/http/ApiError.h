#pragma once

#include "protocol/ProblemCode.h"
#include "validation/FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace nacre::server {

// A request that cannot be served, as RFC 9457 problem details. Handlers throw it; the router turns
// it into an application/problem+json response, so every refusal takes the same path out.
class ApiError : public std::exception
{
public:
    ApiError(int status, ProblemCode code, QString title, QString detail = {});

    static ApiError badRequest(const QString& detail);
    static ApiError validation(FieldErrors errors);
    static ApiError validation(const FieldError& error) { return validation(FieldErrors {error}); }
    static ApiError unauthenticated(const QString& detail = {});
    static ApiError forbidden(ProblemCode code, const QString& detail);
    static ApiError notFound(const QString& what = {});
    static ApiError conflict(ProblemCode code, const QString& detail);
    static ApiError preconditionFailed();
    static ApiError preconditionRequired();
    static ApiError tooManyRequests(int retryAfterSeconds, const QString& detail);
    static ApiError payloadTooLarge(qint64 limit);
    static ApiError methodNotAllowed(const QStringList& allowed);
    static ApiError internal();
    static ApiError serviceUnavailable(int retryAfterSeconds, const QString& detail);

    ApiError& withMember(const QString& key, const QJsonValue& value);
    ApiError& withHeader(const QByteArray& name, const QByteArray& value);

    int status() const { return m_status; }
    ProblemCode code() const { return m_code; }
    const FieldErrors& errors() const { return m_errors; }
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    QJsonObject toJson() const;

    const char* what() const noexcept override { return "nacre::server::ApiError"; }

private:
    int m_status;
    ProblemCode m_code;
    QString m_title;
    QString m_detail;
    FieldErrors m_errors;
    QJsonObject m_members;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace nacre::server
