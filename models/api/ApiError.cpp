#include "api/ApiError.h"

#include "api/ProblemText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace nacre::client {

ApiError ApiError::fromReply(QNetworkReply* reply, const QByteArray& body)
{
    ApiError error;
    error.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error.status == 0) {
        switch (reply->error()) {
        case QNetworkReply::NoError:
            return error;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = Kind::Timeout;
            break;
        default:
            error.kind = Kind::Unreachable;
            break;
        }
        error.detail = reply->errorString();
        return error;
    }
    if (error.status < 400)
        return error;

    error.kind = Kind::Http;
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    error.problemBody = problem;
    error.code = problem.value(u"code"_s).toString();
    error.problem = ProblemCodes::fromName(error.code);
    error.detail = problem.value(u"detail"_s).toString();
    error.retryAfterSeconds = problem.value(u"retryAfter"_s).toInt();
    for (const QJsonValue& value : problem.value(u"errors"_s).toArray())
        error.fieldErrors.append(FieldError::fromJson(value.toObject()));
    if (error.code.isEmpty() && problem.isEmpty())
        error.kind = error.status >= 500 ? Kind::Http : Kind::InvalidResponse;
    return error;
}

QString ApiError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return tr("The server cannot be reached. Check the connection and try again.");
    case Kind::Timeout:
        return tr("The server took too long to answer. Try again in a moment.");
    case Kind::InvalidResponse:
        return tr("The server sent an answer Nacre does not understand (HTTP %1).").arg(status);
    case Kind::Http:
        break;
    }
    // Every refusal this build knows is said in the reader's language; the server's own (English)
    // sentence only for one it does not know, and the status when there is not even that.
    if (problem)
        return ProblemText::sentence(*this);
    if (status == 429)
        return ProblemText::tooManyAttempts(retryAfterSeconds);
    if (!detail.isEmpty())
        return detail;
    if (status >= 500)
        return tr("The server ran into a problem (HTTP %1). Nothing was changed.").arg(status);
    return tr("The request was refused (HTTP %1).").arg(status);
}

QString ApiError::fieldMessage(const QString& field) const
{
    for (const FieldError& error : fieldErrors) {
        if (error.field == field)
            return ProblemText::fieldSentence(error);
    }
    return {};
}

ApiError ApiError::invalidResponse(int status)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.status = status;
    return error;
}

} // namespace nacre::client
