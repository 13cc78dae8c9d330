#pragma once

#include "api/ApiClient.h"
#include "domain/WorkspaceSettings.h"

#include <QObject>

namespace nacre::client {

class LocalCache;

// The current workspace's General Settings as the page edits them: the last saved values and their
// version. save() sends only what changed, with If-Match; a 412 becomes conflict(), after which the
// page offers reload() or save(..., Overwrite).
class WorkspaceSettingsModel : public QObject
{
    Q_OBJECT

public:
    enum class SaveMode { IfUnchanged, Overwrite };

    explicit WorkspaceSettingsModel(ApiClient& api, QObject* parent = nullptr);

    // With a cache, load() shows the last known settings at once, then what the server says.
    void setCache(LocalCache* cache) { m_cache = cache; }

    QString workspaceId() const { return m_workspaceId; }
    bool isLoaded() const { return m_loaded; }
    const WorkspaceSettings& saved() const { return m_saved; }
    bool isBusy() const { return m_busy; }

    void load(const QString& workspaceId);
    void reload() { load(m_workspaceId); }
    void save(const WorkspaceSettings& edited, SaveMode mode = SaveMode::IfUnchanged);
    void deleteWorkspace(const QString& confirmName, QObject* context, std::function<void(const ApiError&)> done);
    // The signed-in account leaves the workspace (refused for its only Owner).
    void leaveWorkspace(QObject* context, std::function<void(const ApiError&)> done);

Q_SIGNALS:
    void loaded();
    void savedChanges();
    void conflict();
    void failed(const nacre::client::ApiError& error);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void sendChanges(const QJsonObject& diff, const QByteArray& ifMatch, int generation);
    bool apply(const QJsonObject& workspace, const QByteArray& etag);
    void remember() const;

    ApiClient& m_api;
    LocalCache* m_cache = nullptr;
    QString m_workspaceId;
    WorkspaceSettings m_saved;
    QByteArray m_etag;
    bool m_loaded = false;
    bool m_busy = false;
    int m_generation = 0; // answers for a workspace no longer shown are dropped
};

} // namespace nacre::client
