#pragma once

#include "api/ApiClient.h"
#include "domain/ApiKey.h"

#include <QAbstractTableModel>

namespace nacre::client {

// A workspace's API keys as a table (never their secrets: the server returns one once, at creation,
// and create() hands it to the caller without keeping it).
class ApiKeyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PermissionsColumn, CreatedByColumn, LastUsedColumn, ExpiresColumn, ColumnCount };
    enum ItemRole { KeyIdRole = Qt::UserRole + 1, ExpiringRole }; // ExpiringRole: expired, or within the warning

    static constexpr int WarningDays = 14; // "expires soon" this many days ahead

    explicit ApiKeyListModel(ApiClient& api, QObject* parent = nullptr);

    void setWorkspace(const QString& workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    void refresh();
    bool isLoading() const { return m_loading; }
    const ApiKey& key(int row) const { return m_keys.at(row); }

    struct NewKey
    {
        QString name;
        PermissionSet permissions;
        QDateTime expiresAt; // invalid: never
    };
    // On success `secret` is the key's secret, to show once; the list is reloaded.
    void create(const NewKey& key, QObject* context, std::function<void(const QString& secret, const ApiError&)> done);
    void revoke(const QString& keyId, QObject* context, std::function<void(const ApiError&)> done);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString permissionsSummary(const PermissionSet& permissions);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const nacre::client::ApiError& error);

private:
    void setLoading(bool loading);

    ApiClient& m_api;
    QString m_workspaceId;
    QList<ApiKey> m_keys;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace nacre::client
