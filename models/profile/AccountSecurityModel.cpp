#include "profile/AccountSecurityModel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nacre::client {

AccountSecurityModel::AccountSecurityModel(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void AccountSecurityModel::loadSessions()
{
    m_api.get(u"/api/v1/me/sessions"_s, this, [this](const ApiResult& result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        m_sessions.clear();
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            const QJsonObject json = value.toObject();
            m_sessions.append(SessionInfo {json.value(u"id"_s).toString(), json.value(u"address"_s).toString(),
                json.value(u"userAgent"_s).toString(),
                QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODateWithMs),
                QDateTime::fromString(json.value(u"lastSeenAt"_s).toString(), Qt::ISODateWithMs),
                json.value(u"current"_s).toBool()});
        }
        Q_EMIT sessionsLoaded();
    });
}

void AccountSecurityModel::loadActivity()
{
    m_api.get(u"/api/v1/me/security-log?limit=50"_s, this, [this](const ApiResult& result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        m_activity.clear();
        int unreadable = 0;
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            const auto event = SecurityEvent::fromJson(value.toObject());
            if (event.isOk())
                m_activity.append(event.value());
            else
                ++unreadable;
        }
        if (unreadable > 0)
            qWarning("security log: %d entries could not be read and are not shown", unreadable);
        Q_EMIT activityLoaded();
    });
}

void AccountSecurityModel::endSession(const QString& id)
{
    m_api.send("DELETE", u"/api/v1/me/sessions/"_s + id, QJsonValue::Undefined, this, [this](const ApiResult& result) {
        if (!result.ok())
            Q_EMIT failed(result.error);
        loadSessions();
    });
}

void AccountSecurityModel::changePassword(const QString& current, const QString& replacement)
{
    m_api.send("POST", u"/api/v1/me/password"_s,
        QJsonObject {{u"currentPassword"_s, current}, {u"newPassword"_s, replacement}}, this,
        [this](const ApiResult& result) {
            if (!result.ok()) {
                Q_EMIT passwordNotChanged(result.error);
                return;
            }
            Q_EMIT passwordChanged();
            loadSessions();
        });
}

void AccountSecurityModel::startTwoFactor(const QString& password, QObject* context,
    std::function<void(const QString&, const QString&, const ApiError&)> done)
{
    m_api.send("POST", u"/api/v1/me/totp"_s, QJsonObject {{u"password"_s, password}}, context,
        [done = std::move(done)](const ApiResult& result) {
            done(result.object().value(u"secret"_s).toString(), result.object().value(u"uri"_s).toString(),
                result.error);
        });
}

namespace {

QStringList codesOf(const ApiResult& result)
{
    QStringList codes;
    for (const QJsonValue& code : result.object().value(u"recoveryCodes"_s).toArray())
        codes.append(code.toString());
    return codes;
}

} // namespace

void AccountSecurityModel::confirmTwoFactor(const QString& code, QObject* context,
    std::function<void(const UserProfile&, const QStringList&, const ApiError&)> done)
{
    m_api.send("POST", u"/api/v1/me/totp/confirm"_s, QJsonObject {{u"code"_s, code.trimmed()}}, context,
        [done = std::move(done)](const ApiResult& result) {
            done(UserProfile::fromJson(result.object()).valueOr(UserProfile {}), codesOf(result), result.error);
        });
}

void AccountSecurityModel::loadRecoveryCodesLeft(QObject* context, std::function<void(int, const ApiError&)> done)
{
    m_api.get(u"/api/v1/me/recovery-codes"_s, context, [done = std::move(done)](const ApiResult& result) {
        done(int(result.object().value(u"left"_s).toInteger()), result.error);
    });
}

void AccountSecurityModel::renewRecoveryCodes(
    const QString& password, QObject* context, std::function<void(const QStringList&, const ApiError&)> done)
{
    m_api.send("POST", u"/api/v1/me/recovery-codes"_s, QJsonObject {{u"password"_s, password}}, context,
        [done = std::move(done)](const ApiResult& result) { done(codesOf(result), result.error); });
}

void AccountSecurityModel::turnOffTwoFactor(
    const QString& password, QObject* context, std::function<void(const ApiError&)> done)
{
    m_api.send("DELETE", u"/api/v1/me/totp"_s, QJsonObject {{u"password"_s, password}}, context,
        [done = std::move(done)](const ApiResult& result) { done(result.error); });
}

} // namespace nacre::client
