#include "profile/ProfileModel.h"

using namespace Qt::StringLiterals;

namespace nacre::client {

ProfileModel::ProfileModel(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

bool ProfileModel::apply(const ApiResult& result)
{
    const auto profile = UserProfile::fromJson(result.object());
    if (!profile.isOk()) {
        Q_EMIT failed(ApiError::invalidResponse(result.status));
        return false;
    }
    m_profile = profile.value();
    m_etag = result.etag;
    return true;
}

void ProfileModel::load()
{
    Q_EMIT busyChanged(true);
    m_api.get(u"/api/v1/me"_s, this, [this](const ApiResult& result) {
        Q_EMIT busyChanged(false);
        if (!result.ok())
            Q_EMIT failed(result.error);
        else if (apply(result))
            Q_EMIT loaded(m_profile);
    });
}

void ProfileModel::save(const QString& displayName, const QString& locale, const QString& timeZone)
{
    QJsonObject changes;
    if (displayName != m_profile.displayName)
        changes.insert(u"displayName"_s, displayName);
    if (locale != m_profile.locale)
        changes.insert(u"locale"_s, locale);
    if (timeZone != m_profile.timeZone)
        changes.insert(u"timeZone"_s, timeZone);
    if (changes.isEmpty())
        return;
    Q_EMIT busyChanged(true);
    m_api.send("PATCH", u"/api/v1/me"_s, changes, this,
        [this](const ApiResult& result) {
            Q_EMIT busyChanged(false);
            if (result.status == 412)
                Q_EMIT conflict();
            else if (!result.ok())
                Q_EMIT failed(result.error);
            else if (apply(result))
                Q_EMIT savedChanges(m_profile);
        },
        {{"If-Match", m_etag}});
}

} // namespace nacre::client
