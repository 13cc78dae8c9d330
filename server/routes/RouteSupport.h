#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "json/JsonReader.h"

#include <QJsonArray>

namespace nacre {
struct PersonRef;
}

namespace nacre::server {

struct ServerContext;

// Small pieces every route file uses: versions as ETags, If-Match, page sizes, list envelopes.
namespace RouteSupport {

QByteArray etag(const char* kind, const QString& id, qint64 version);
// 428 when If-Match is missing, 412 when it names another version.
void requireIfMatch(const ApiRequest& request, const QByteArray& currentEtag);
int pageLimit(const ApiRequest& request, int defaultLimit = 50, int maxLimit = 200);
ApiResponse list(const QJsonArray& items, const QString& nextCursor, qint64 total = -1);
QString clientAddress(const ApiRequest& request);
// Throws a 422 with every field error the reader collected.
void throwIfInvalid(const JsonReader& reader);
// The body as a JSON object whose fields `reader` will check; unknown fields are refused.
JsonReader bodyReader(const ApiRequest& request);
// Account events (failed sign-ins, two-factor on or off) belong to no one workspace: every
// workspace the account is in gets the entry in its audit log.
void auditForAccount(ServerContext& context, const QString& userId, const PersonRef& actor, const QString& type,
    const QJsonObject& after, const QString& address);

} // namespace RouteSupport

} // namespace nacre::server
