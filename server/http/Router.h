#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "protocol/ProblemCode.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace nacre::server {

struct RouteInfo
{
    QByteArray method;
    QString pattern; // "/api/v1/workspaces/{ws}"
};

// Maps method + path to a handler. A known path with the wrong method answers 405 with Allow; an
// unknown path 404. Handlers throw ApiError for refusals; anything else thrown becomes a 500 that
// leaks nothing. Patterns take `{name}` for one path segment.
class Router
{
public:
    using Handler = std::function<ApiResponse(ApiRequest&)>;

    struct Result
    {
        ApiResponse response;
        QString pattern; // the matched route, or empty: the label metrics count under
        QString loggedPath; // the path with every secret segment (an invitation code) replaced
        std::optional<ProblemCode> problem; // the refusal's code, when the answer is one
    };

    void add(const QByteArray& method, const QString& pattern, Handler handler);
    Result dispatch(ApiRequest& request) const;
    QList<RouteInfo> routes() const;

private:
    struct Route
    {
        RouteInfo info;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route& route, const QStringList& segments, QHash<QString, QString>* params);
    static QString loggablePath(const Route* route, const QStringList& segments);

    QList<Route> m_routes;
};

} // namespace nacre::server
