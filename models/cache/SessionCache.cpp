#include "cache/SessionCache.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nacre::client {

SessionCache::SessionCache(Session& session, LocalCache& cache, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cache)
{
    connect(&m_session, &Session::profileChanged, this, [this] {
        if (m_session.isSignedIn())
            m_cache.write(u"profile"_s, m_session.profile().toJson());
    });
    connect(&m_session, &Session::workspacesChanged, this, [this] {
        QJsonArray workspaces;
        for (const Workspace& workspace : m_session.workspaces())
            workspaces.append(workspace.toJson());
        m_cache.write(u"workspaces"_s, workspaces);
    });
}

bool SessionCache::restore(const QString& preferredWorkspaceId)
{
    const auto profileJson = m_cache.read(u"profile"_s);
    const auto workspacesJson = m_cache.read(u"workspaces"_s);
    if (!profileJson || !workspacesJson)
        return false;
    const auto profile = UserProfile::fromJson(profileJson->toObject());
    if (!profile.isOk())
        return false;
    QList<Workspace> workspaces;
    for (const QJsonValue& value : workspacesJson->toArray()) {
        const auto workspace = Workspace::fromJson(value.toObject());
        if (workspace.isOk())
            workspaces.append(workspace.value());
    }
    m_session.begin(profile.value());
    m_session.replaceWorkspaces(workspaces, preferredWorkspaceId);
    return true;
}

} // namespace nacre::client
