#pragma once

#include "api/ApiClient.h"
#include "domain/AuditEvent.h"

#include <QAbstractTableModel>
#include <QDate>

namespace nacre::client {

// A workspace's audit log as a table, newest first, filtered by the server and fetched a page at a
// time as the view scrolls (canFetchMore/fetchMore). The first page says how many events the
// filters select. Verify asks the server to check the log's hash chain.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, WhoColumn, TargetColumn, DetailsColumn, ColumnCount };

    struct Filter
    {
        QDate from; // first day shown (local); null: from the start
        QDate until; // last day shown, inclusive; null: up to now
        QStringList types; // any of these; empty: every type
        QString actorId; // a member's user id, a key's id, or "system"; empty: anyone
        QString targetId; // events about one member, role, invitation or key; empty: any
        QString targetLabel; // how the window names that target ("Sam Lee")

        friend bool operator==(const Filter&, const Filter&) = default;
    };

    struct Verification
    {
        bool intact = false;
        qint64 events = 0;
        qint64 brokenSeq = 0;
        QString problem; // "altered", "missing", "unlinked"
    };

    explicit AuditLogModel(ApiClient& api, QObject* parent = nullptr);

    static constexpr int PageSize = 100;

    void setWorkspace(const QString& workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    void refresh();
    // The filters as a path without cursor: what an export fetches.
    QString queryPath(int limit = PageSize) const;

    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const AuditEvent& event(int row) const { return m_events.at(row); }

    void verify(QObject* context, std::function<void(const Verification&, const ApiError&)> done);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void failed(const nacre::client::ApiError& error);

private:
    void load(const QString& cursor);
    void setLoading(bool loading);

    ApiClient& m_api;
    QString m_workspaceId;
    Filter m_filter;
    QList<AuditEvent> m_events;
    QString m_nextCursor;
    qint64 m_total = 0;
    bool m_loading = false;
    int m_generation = 0; // pages of an earlier query are dropped
};

} // namespace nacre::client
