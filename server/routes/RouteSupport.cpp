#include "routes/RouteSupport.h"

#include "http/ApiError.h"

using namespace Qt::StringLiterals;

namespace nacre::server::RouteSupport {

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

void throwIfInvalid(const JsonReader& reader)
{
    if (reader.hasErrors())
        throw ApiError::validation(reader.errors());
}

JsonReader bodyReader(const ApiRequest& request)
{
    return JsonReader(request.jsonObject());
}

QByteArray ifMatch(const ApiRequest& request)
{
    return request.header("if-match");
}

} // namespace nacre::server::RouteSupport
