#include "http/Router.h"

#include "http/ApiError.h"
#include "store/Database.h"

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

QString Router::loggablePath(const Route* route, const QStringList& segments)
{
    // Logs are read by more people than should hold secrets: a path segment that is a secret (the
    // invitation code in /invitations/{token}) is logged as its placeholder. An unknown path may
    // hold a mistyped one, so anything shaped like a code or token is replaced there too.
    QStringList logged;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& segment = segments[i];
        const QString expected = route ? route->segments.value(i) : QString();
        const bool secretParam = expected == u"{token}"_s;
        const bool looksSecret = segment.startsWith(u"nk"_s) && segment.contains(u'_');
        logged.append(secretParam || (!route && (looksSecret || segment.size() > 40)) ? u"{redacted}"_s : segment);
    }
    return u'/' + logged.join(u'/');
}

Router::Result Router::dispatch(ApiRequest& request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    QStringList allowed;
    const Route* known = nullptr;
    for (const Route& route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        known = &route;
        if (route.info.method != request.method) {
            allowed.append(QString::fromLatin1(route.info.method));
            continue;
        }
        request.params.clear();
        matches(route, segments, &request.params);
        const QString logged = loggablePath(&route, segments);
        const auto refused = [&](const ApiError& error) {
            return Result {ApiResponse::problem(error), route.info.pattern, logged, error.code()};
        };
        try {
            return {route.handler(request), route.info.pattern, logged, std::nullopt};
        } catch (const ApiError& error) {
            return refused(error);
        } catch (const DatabaseError& exception) {
            // Two requests changing the same thing at once: the loser's unique or foreign key
            // check fails. Nothing was written (the transaction rolled back); say so, not 500.
            if (!exception.isConstraintViolation()) {
                qCCritical(lcRouter) << "database error in" << request.method << route.info.pattern << exception.what();
                return refused(ApiError::internal());
            }
            return refused(ApiError::conflict(
                ProblemCode::Conflict, u"Someone else changed this at the same moment. Reload and try again."_s));
        } catch (const std::exception& exception) {
            qCCritical(lcRouter) << "unhandled error in" << request.method << route.info.pattern << exception.what();
            return refused(ApiError::internal());
        }
    }
    const QString logged = loggablePath(known, segments);
    if (!allowed.isEmpty())
        return {ApiResponse::problem(ApiError::methodNotAllowed(allowed)), known->info.pattern, logged,
            ProblemCode::MethodNotAllowed};
    return {ApiResponse::problem(ApiError::notFound()), QString(), logged, ProblemCode::NotFound};
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    for (const Route& route : m_routes)
        result.append(route.info);
    return result;
}

} // namespace nacre::server
