#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "json/JsonReader.h"

#include <QJsonArray>

namespace nacre::server {

// Small pieces every route file uses: page sizes, list envelopes, request bodies.
namespace RouteSupport {

int pageLimit(const ApiRequest& request, int defaultLimit = 50, int maxLimit = 200);
ApiResponse list(const QJsonArray& items, const QString& nextCursor, qint64 total = -1);
// Throws a 422 with every field error the reader collected.
void throwIfInvalid(const JsonReader& reader);
// The body as a JSON object whose fields `reader` will check; unknown fields are refused.
JsonReader bodyReader(const ApiRequest& request);
QByteArray ifMatch(const ApiRequest& request);

} // namespace RouteSupport

} // namespace nacre::server
