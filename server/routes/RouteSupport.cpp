#include "routes/RouteSupport.h"

#include "ServerContext.h"
#include "http/ApiError.h"

using namespace Qt::StringLiterals;

namespace nacre::server::RouteSupport {

QByteArray etag(const char* kind, const QString& id, qint64 version)
{
    return '"' + QByteArray(kind) + '-' + id.toLatin1() + "-v" + QByteArray::number(version) + '"';
}

void requireIfMatch(const ApiRequest& request, const QByteArray& currentEtag)
{
    const QByteArray ifMatch = request.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        throw ApiError::preconditionRequired();
    if (ifMatch == "*")
        return;
    for (const QByteArray& candidate : ifMatch.split(',')) {
        if (candidate.trimmed() == currentEtag)
            return;
    }
    throw ApiError::preconditionFailed();
}

int pageLimit(const ApiRequest& request, int defaultLimit, int maxLimit)
{
    const QString text = request.queryValue(u"limit"_s);
    if (text.isEmpty())
        return defaultLimit;
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > maxLimit)
        throw ApiError::validation(FieldError {u"limit"_s, QString::fromLatin1(ErrorCode::OutOfRange),
            u"limit must be a whole number from 1 to %1."_s.arg(maxLimit)});
    return limit;
}

ApiResponse list(const QJsonArray& items, const QString& nextCursor, qint64 total)
{
    QJsonObject body {{u"items"_s, items},
        {u"nextCursor"_s, JsonReader::stringOrNull(nextCursor.isEmpty() ? QString() : nextCursor)}};
    if (total >= 0)
        body.insert(u"total"_s, total);
    return ApiResponse::json(body);
}

QString clientAddress(const ApiRequest& request)
{
    QHostAddress address = request.remoteAddress;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4); // ::ffff:127.0.0.1 reads as 127.0.0.1
    return address.toString();
}

void throwIfInvalid(const JsonReader& reader)
{
    if (reader.hasErrors())
        throw ApiError::validation(reader.errors());
}

JsonReader bodyReader(const ApiRequest& request)
{
    return JsonReader(request.jsonObject());
}

void auditForAccount(ServerContext& context, const QString& userId, const PersonRef& actor, const QString& type,
    const QJsonObject& after, const QString& address)
{
    const qint64 now = context.clock.nowMs();
    for (const Workspace& workspace : context.workspaces.listForUser(userId))
        context.audit.record(AuditEntry {workspace.id, actor, type, u"user"_s, userId, {}, after, address}, now);
}

} // namespace nacre::server::RouteSupport
