#pragma once

#include "cache/LocalCache.h"
#include "session/Session.h"

namespace nacre::client {

// Keeps a Session's account and workspace list in a LocalCache as they change, and puts them back
// on the next start before the server has answered.
class SessionCache : public QObject
{
    Q_OBJECT

public:
    SessionCache(Session& session, LocalCache& cache, QObject* parent = nullptr);

    // Fills the session from the cache; false when there is nothing usable.
    bool restore(const QString& preferredWorkspaceId);

private:
    Session& m_session;
    LocalCache& m_cache;
};

} // namespace nacre::client
