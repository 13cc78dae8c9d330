#pragma once

#include "api/ApiClient.h"
#include "domain/SecurityEvent.h"
#include "domain/UserProfile.h"

#include <QDateTime>
#include <QObject>

namespace nacre::client {

struct SessionInfo
{
    QString id;
    QString address;
    QString userAgent;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    bool current = false;
};

// The account's password, two-factor sign-in and its sessions on every device (User > Security).
class AccountSecurityModel : public QObject
{
    Q_OBJECT

public:
    explicit AccountSecurityModel(ApiClient& api, QObject* parent = nullptr);

    const QList<SessionInfo>& sessions() const { return m_sessions; }
    void loadSessions();
    // Recent security activity: the newest page of the account's security log.
    const QList<SecurityEvent>& activity() const { return m_activity; }
    void loadActivity();
    void endSession(const QString& id);
    // Other sessions end with a password change; the list reloads when it succeeds.
    void changePassword(const QString& current, const QString& replacement);

    // Two-factor sign-in: start with the password (a new secret and its otpauth:// URI), confirm
    // with a first code (answers the updated profile), turn off with the password.
    void startTwoFactor(const QString& password, QObject* context,
        std::function<void(const QString& secret, const QString& uri, const ApiError&)> done);
    // Confirming also answers the account's ten recovery codes, to show once.
    void confirmTwoFactor(const QString& code, QObject* context,
        std::function<void(const UserProfile&, const QStringList& recoveryCodes, const ApiError&)> done);
    void turnOffTwoFactor(const QString& password, QObject* context, std::function<void(const ApiError&)> done);

    // Recovery codes: how many are unused, and ten new ones for the password (the old ones stop working).
    void loadRecoveryCodesLeft(QObject* context, std::function<void(int left, const ApiError&)> done);
    void renewRecoveryCodes(const QString& password, QObject* context,
        std::function<void(const QStringList& recoveryCodes, const ApiError&)> done);

Q_SIGNALS:
    void sessionsLoaded();
    void activityLoaded();
    void passwordChanged();
    void passwordNotChanged(const nacre::client::ApiError& error);
    void failed(const nacre::client::ApiError& error); // loading or ending sessions, loading activity

private:
    ApiClient& m_api;
    QList<SessionInfo> m_sessions;
    QList<SecurityEvent> m_activity;
};

} // namespace nacre::client
