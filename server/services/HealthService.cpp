#include "ServerContext.h"
#include "services/Services.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace nacre::server {

void HealthService::check() const
{
    SqlQuery(m_context.db, u"SELECT 1"_s).exec(); // the database answers, or this throws
}

} // namespace nacre::server
