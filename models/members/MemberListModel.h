#pragma once

#include "api/ApiClient.h"
#include "domain/Member.h"

#include <QAbstractTableModel>

namespace nacre::client {

class LocalCache;

// A workspace's members as a table, fetched page by page from the server's cursor API
// (canFetchMore/fetchMore), so a workspace of 50,000 opens with its first page and scrolls on
// demand. Search, role filter and sort are done by the server: with a partly loaded list they
// cannot be done here. A role change updates its row in place (dataChanged), a removal removes it.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, RoleColumn, TwoFactorColumn, JoinedColumn, LastActiveColumn, ColumnCount };
    enum ItemRole { UserIdRole = Qt::UserRole + 1, RoleIdRole, BuiltinRoleRole, EtagRole, SortKeyRole };

    explicit MemberListModel(ApiClient& api, QObject* parent = nullptr);

    static constexpr int PageSize = 200;

    // With a cache, the first page of the plain list (no search, no filter, by name) as last seen
    // is shown at once on opening a workspace, then replaced by what the server says.
    void setCache(LocalCache* cache) { m_cache = cache; }
    void setWorkspace(const QString& workspaceId);
    void setSearch(const QString& text);
    void setRoleFilter(const QString& roleId);
    enum class TwoFactorFilter { Any, On, Off };
    void setTwoFactorFilter(TwoFactorFilter filter); // before requiring it: who would be locked out
    void refresh();

    QString workspaceId() const { return m_workspaceId; }
    // The query now shown, as a path without cursor (for exporting what is shown).
    QString queryPath() const { return pagePath({}); }
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const Member& member(int row) const { return m_members.at(row); }

    void changeRole(int row, const QString& roleId, QObject* context, std::function<void(const ApiError&)> done);
    void removeMember(int row, QObject* context, std::function<void(const ApiError&)> done);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The role cell is editable: a view's delegate offers the roles and asks for the change.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void failed(const nacre::client::ApiError& error);

private:
    QString pagePath(const QString& cursor) const;
    void loadPage(const QString& cursor);
    bool isPlainQuery() const;
    void appendPage(const QJsonArray& items, qint64 total);
    int rowOf(const QString& userId) const;

    ApiClient& m_api;
    LocalCache* m_cache = nullptr;
    bool m_showingCached = false;
    QString m_workspaceId;
    QString m_search;
    QString m_roleId;
    TwoFactorFilter m_twoFactor = TwoFactorFilter::Any;
    QString m_sort = QStringLiteral("name");
    QList<Member> m_members;
    QStringList m_etags;
    QString m_nextCursor;
    qint64 m_total = 0;
    bool m_loading = false;
    int m_generation = 0; // pages of an earlier query are dropped
};

} // namespace nacre::client
