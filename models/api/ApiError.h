#pragma once

#include "protocol/ProblemCode.h"
#include "validation/FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

class QNetworkReply;

namespace nacre::client {

// Whatever went wrong with a request, in one shape: a transport failure, a timeout, or an HTTP
// status with the server's problem+json. Forms show `fieldErrors` beside their fields and
// `message()` everywhere else.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(nacre::client::ApiError)

public:
    enum class Kind { None, Unreachable, Timeout, Http, InvalidResponse };

    Kind kind = Kind::None;
    int status = 0;
    QString code; // the problem's code as the server sent it, known to this build or not
    std::optional<ProblemCode> problem; // the same code, when this build knows it
    QString detail; // the server's sentence for people
    FieldErrors fieldErrors;
    int retryAfterSeconds = 0;
    QJsonObject problemBody; // the whole problem+json, for a refusal's extension members

    bool isError() const { return kind != Kind::None; }
    bool isOffline() const { return kind == Kind::Unreachable || kind == Kind::Timeout; }
    bool is(ProblemCode known) const { return problem == known; }
    QString message() const;
    QString fieldMessage(const QString& field) const; // empty when that field is fine

    static ApiError fromReply(QNetworkReply* reply, const QByteArray& body);
    // A success whose body this build cannot read (a server of another version, a proxy's page).
    static ApiError invalidResponse(int status);
};

} // namespace nacre::client
