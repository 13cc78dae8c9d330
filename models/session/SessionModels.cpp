#include "session/SessionModels.h"

namespace nacre::client {

SessionModels::SessionModels(
    ApiClient& api, Session& session, const QString& email, const QString& cachePath, QObject* parent)
    : QObject(parent)
    , m_email(email)
    , m_cache(cachePath.isEmpty() ? nullptr : std::make_unique<LocalCache>(cachePath))
    , m_sessionCache(m_cache ? std::make_unique<SessionCache>(session, *m_cache) : nullptr)
    , m_workspaceSettings(api)
    , m_profile(api)
    , m_security(api)
    , m_members(api)
    , m_roles(api)
    , m_invitations(api)
    , m_idle(api, session)
{
    m_workspaceSettings.setCache(m_cache.get());
    m_members.setCache(m_cache.get());
    m_roles.setCache(m_cache.get());
}

SessionModels::~SessionModels()
{
    // The models stop writing to the cache before it closes.
    m_workspaceSettings.setCache(nullptr);
    m_members.setCache(nullptr);
    m_roles.setCache(nullptr);
}

void SessionModels::forget()
{
    if (m_cache)
        m_cache->clear();
}

} // namespace nacre::client
