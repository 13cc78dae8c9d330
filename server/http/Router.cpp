#include "http/Router.h"

#include "http/ApiError.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRouter, "nacre.server.router")

namespace nacre::server {

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.append(Route {RouteInfo {method, pattern}, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::matches(const Route& route, const QStringList& segments, QHash<QString, QString>* params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments[i];
        if (expected.startsWith(u'{') && expected.endsWith(u'}')) {
            if (params)
                params->insert(expected.mid(1, expected.size() - 2), segments[i]);
        } else if (expected != segments[i]) {
            return false;
        }
    }
    return true;
}

Router::Result Router::dispatch(ApiRequest& request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    QStringList allowed;
    QString knownPattern;
    for (const Route& route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        knownPattern = route.info.pattern;
        if (route.info.method != request.method) {
            allowed.append(QString::fromLatin1(route.info.method));
            continue;
        }
        request.params.clear();
        matches(route, segments, &request.params);
        try {
            return {route.handler(request), route.info.pattern};
        } catch (const ApiError& error) {
            return {ApiResponse::problem(error), route.info.pattern};
        } catch (const std::exception& exception) {
            qCCritical(lcRouter) << "unhandled error in" << request.method << route.info.pattern << exception.what();
            return {ApiResponse::problem(ApiError::internal()), route.info.pattern};
        }
    }
    if (!allowed.isEmpty())
        return {ApiResponse::problem(ApiError::methodNotAllowed(allowed)), knownPattern};
    return {ApiResponse::problem(ApiError::notFound()), QString()};
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    for (const Route& route : m_routes)
        result.append(route.info);
    return result;
}

} // namespace nacre::server
