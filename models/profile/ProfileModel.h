#pragma once

#include "api/ApiClient.h"
#include "domain/UserProfile.h"

#include <QObject>

namespace nacre::client {

// The signed-in account's profile (the same in every workspace): load and save with If-Match.
class ProfileModel : public QObject
{
    Q_OBJECT

public:
    explicit ProfileModel(ApiClient& api, QObject* parent = nullptr);

    const UserProfile& profile() const { return m_profile; }
    bool isLoaded() const { return !m_etag.isEmpty(); }
    void load();
    void save(const QString& displayName, const QString& locale, const QString& timeZone);

Q_SIGNALS:
    void loaded(const nacre::UserProfile& profile);
    void savedChanges(const nacre::UserProfile& profile);
    void conflict();
    void failed(const nacre::client::ApiError& error);
    void busyChanged(bool busy);

private:
    bool apply(const ApiResult& result);

    ApiClient& m_api;
    UserProfile m_profile;
    QByteArray m_etag;
};

} // namespace nacre::client
