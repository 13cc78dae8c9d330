#include "workspaces/WorkspaceSettingsModel.h"

#include "cache/LocalCache.h"

using namespace Qt::StringLiterals;

namespace nacre::client {

WorkspaceSettingsModel::WorkspaceSettingsModel(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

void WorkspaceSettingsModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

bool WorkspaceSettingsModel::apply(const QJsonObject& workspace, const QByteArray& etag)
{
    const auto settings = WorkspaceSettings::fromJson(workspace.value(u"settings"_s).toObject());
    if (!settings.isOk())
        return false;
    m_saved = settings.value();
    m_etag = etag;
    m_loaded = true;
    return true;
}

void WorkspaceSettingsModel::remember() const
{
    if (m_cache && m_loaded)
        m_cache->write(u"workspace/"_s + m_workspaceId,
            QJsonObject {{u"settings"_s, m_saved.toJson()}, {u"etag"_s, QString::fromLatin1(m_etag)}});
}

void WorkspaceSettingsModel::load(const QString& workspaceId)
{
    const int generation = ++m_generation;
    if (workspaceId != m_workspaceId)
        m_loaded = false;
    m_workspaceId = workspaceId;
    if (workspaceId.isEmpty())
        return;
    if (!m_loaded && m_cache) {
        const auto cached = m_cache->read(u"workspace/"_s + workspaceId);
        if (cached && apply(cached->toObject(), cached->toObject().value(u"etag"_s).toString().toLatin1()))
            Q_EMIT loaded();
    }
    setBusy(true);
    m_api.get(u"/api/v1/workspaces/"_s + workspaceId, this, [this, generation](const ApiResult& result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        if (!apply(result.object(), result.etag)) {
            Q_EMIT failed(ApiError::invalidResponse(result.status));
            return;
        }
        remember();
        Q_EMIT loaded();
    });
}

void WorkspaceSettingsModel::save(const WorkspaceSettings& edited, SaveMode mode)
{
    const QJsonObject diff = WorkspaceSettings::changes(m_saved, edited);
    if (diff.isEmpty() || m_workspaceId.isEmpty())
        return;
    const int generation = m_generation;
    setBusy(true);
    if (mode == SaveMode::IfUnchanged) {
        sendChanges(diff, m_etag, generation);
        return;
    }
    // Overwrite: the person's changes over someone else's, on purpose. The server takes no blind
    // write ("If-Match: *"), so read the version that is there now and change that one.
    m_api.send(
        "GET", u"/api/v1/workspaces/"_s + m_workspaceId, {}, this, [this, diff, generation](const ApiResult& current) {
            if (generation != m_generation)
                return;
            if (!current.ok()) {
                setBusy(false);
                Q_EMIT failed(current.error);
                return;
            }
            sendChanges(diff, current.etag, generation);
        });
}

void WorkspaceSettingsModel::sendChanges(const QJsonObject& diff, const QByteArray& ifMatch, int generation)
{
    m_api.send("PATCH", u"/api/v1/workspaces/"_s + m_workspaceId, diff, this,
        [this, generation](const ApiResult& result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (result.status == 412) {
                Q_EMIT conflict();
                return;
            }
            if (!result.ok()) {
                Q_EMIT failed(result.error);
                return;
            }
            apply(result.object(), result.etag);
            remember();
            Q_EMIT savedChanges();
        },
        {{"If-Match", ifMatch}});
}

void WorkspaceSettingsModel::deleteWorkspace(
    const QString& confirmName, QObject* context, std::function<void(const ApiError&)> done)
{
    setBusy(true);
    m_api.send("DELETE", u"/api/v1/workspaces/"_s + m_workspaceId, QJsonObject {{u"confirmName"_s, confirmName}},
        context, [this, done = std::move(done)](const ApiResult& result) {
            setBusy(false);
            done(result.error);
        });
}

void WorkspaceSettingsModel::leaveWorkspace(QObject* context, std::function<void(const ApiError&)> done)
{
    setBusy(true);
    m_api.send("POST", u"/api/v1/workspaces/%1/leave"_s.arg(m_workspaceId), QJsonObject {}, context,
        [this, done = std::move(done)](const ApiResult& result) {
            setBusy(false);
            done(result.error);
        });
}

} // namespace nacre::client
