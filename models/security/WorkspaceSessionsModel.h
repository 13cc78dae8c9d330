#pragma once

#include "api/ApiClient.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace nacre::client {

// The live sessions of a workspace's members (for those with settings.advanced), most recently
// seen first, optionally one member's; ending one, or all of a member's.
class WorkspaceSessionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, ClientColumn, AddressColumn, StartedColumn, LastActiveColumn, ColumnCount };
    enum ItemRole { SessionIdRole = Qt::UserRole + 1, UserIdRole, CurrentRole };

    struct Session
    {
        QString id;
        QString userId;
        QString displayName;
        QString email;
        QString userAgent;
        QString address;
        QDateTime createdAt;
        QDateTime lastActiveAt;
        bool current = false; // the session this window uses
    };

    explicit WorkspaceSessionsModel(ApiClient& api, QObject* parent = nullptr);

    void setWorkspace(const QString& workspaceId);
    void setMemberFilter(const QString& userId); // empty: every member
    QString memberFilter() const { return m_userId; }
    void refresh();
    bool isLoading() const { return m_loading; }
    const Session& session(int row) const { return m_sessions.at(row); }

    void endSession(const QString& sessionId, QObject* context, std::function<void(const ApiError&)> done);
    void signOutMember(const QString& userId, QObject* context, std::function<void(int ended, const ApiError&)> done);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const nacre::client::ApiError& error);

private:
    void setLoading(bool loading);

    ApiClient& m_api;
    QString m_workspaceId;
    QString m_userId;
    QList<Session> m_sessions;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace nacre::client
