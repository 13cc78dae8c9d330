#pragma once

#include "api/ApiClient.h"
#include "domain/Member.h"
#include "domain/MemberDetails.h"
#include "members/PackedMember.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace nacre::client {

class LocalCache;

// A workspace's members as a table with as many rows as the server counts (so the scroll bar is
// the whole list's), filled page by page where the view looks: the first page on opening, and
// whatever page a row the view asks for lies on (Ctrl+End, or a scroll bar dragged to the end,
// loads the last page, not every page before it). Rows not yet here read "Loading…". Search, role
// filter and sort are done by the server: with a partly loaded list they cannot be done here. A
// role change updates its row in place (dataChanged), a removal removes it.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, RoleColumn, TwoFactorColumn, JoinedColumn, LastActiveColumn, ColumnCount };
    enum ItemRole { UserIdRole = Qt::UserRole + 1, RoleIdRole, BuiltinRoleRole, EtagRole, SortKeyRole };

    explicit MemberListModel(ApiClient& api, QObject* parent = nullptr);

    static constexpr int PageSize = 200;
    static constexpr int MaxPagesPerMove = 3; // a screenful spans two pages at most

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
    bool isLoading() const { return !m_pending.isEmpty(); }
    // A row's member is here once the page it lies on has been loaded; until then `member` is empty.
    bool isLoaded(int row) const { return m_rows.at(row).isLoaded(); }
    int loadedCount() const;
    Member member(int row) const { return m_packer.unpack(m_rows.at(row)); }
    // The row a member is on now (rows shift as others leave or arrive); -1 when not in the list.
    int rowOf(const QString& userId) const;

    void changeRole(int row, const QString& roleId, QObject* context, std::function<void(const ApiError&)> done);
    void removeMember(int row, QObject* context, std::function<void(const ApiError&)> done);
    // What the table does not show about one member (how they came in, their open sessions).
    void loadDetails(
        const QString& userId, QObject* context, std::function<void(const MemberDetails&, const ApiError&)> done);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The role cell is editable: a view's delegate offers the roles and asks for the change.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void failed(const nacre::client::ApiError& error);

private:
    QString pagePath(qint64 offset) const;
    void loadPage(qint64 offset);
    // The view asked for a row that is not here: its page is loaded once the view stops moving,
    // so dragging the scroll bar through the middle of the list does not load every page it passes.
    void want(int row) const;
    void loadWanted();
    bool isPlainQuery() const;
    void showFirstPage(const QJsonArray& items, qint64 total);
    void fillPage(qint64 offset, const QJsonArray& items, bool isLast);
    QList<PackedMember> rowsOf(const QJsonArray& items);
    void setTotal(qint64 total);
    void dropRow(int row); // a member who left the workspace; nothing when -1

    ApiClient& m_api;
    LocalCache* m_cache = nullptr;
    bool m_showingCached = false;
    QString m_workspaceId;
    QString m_search;
    QString m_roleId;
    TwoFactorFilter m_twoFactor = TwoFactorFilter::Any;
    QString m_sort = QStringLiteral("name");
    QList<PackedMember> m_rows; // compact: a workspace of 100,000 members is 100,000 rows
    PackedMembers m_packer;
    qint64 m_total = 0;
    QSet<qint64> m_pending; // offsets of the pages on their way
    mutable QList<qint64> m_wanted; // offsets of pages the view asked for, most recent last
    mutable QTimer m_wantTimer;
    int m_generation = 0; // pages of an earlier query are dropped
};

} // namespace nacre::client
