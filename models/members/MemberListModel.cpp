#include "members/MemberListModel.h"

#include "cache/LocalCache.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nacre::client {

namespace {

QString sortKey(int column)
{
    switch (column) {
    case MemberListModel::EmailColumn:
        return u"email"_s;
    case MemberListModel::JoinedColumn:
        return u"joined"_s;
    case MemberListModel::LastActiveColumn:
        return u"lastActive"_s;
    default:
        return u"name"_s;
    }
}

} // namespace

MemberListModel::MemberListModel(ApiClient& api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
    m_wantTimer.setSingleShot(true);
    m_wantTimer.setInterval(40);
    connect(&m_wantTimer, &QTimer::timeout, this, &MemberListModel::loadWanted);
}

void MemberListModel::setWorkspace(const QString& workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    m_roleId.clear(); // a role filter belongs to one workspace
    refresh();
}

void MemberListModel::setSearch(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    refresh();
}

void MemberListModel::setRoleFilter(const QString& roleId)
{
    if (roleId == m_roleId)
        return;
    m_roleId = roleId;
    refresh();
}

void MemberListModel::setTwoFactorFilter(TwoFactorFilter filter)
{
    if (filter == m_twoFactor)
        return;
    m_twoFactor = filter;
    refresh();
}

void MemberListModel::sort(int column, Qt::SortOrder order)
{
    const QString sort = (order == Qt::DescendingOrder ? u"-"_s : QString()) + sortKey(column);
    if (sort == m_sort)
        return;
    m_sort = sort;
    refresh();
}

void MemberListModel::refresh()
{
    ++m_generation;
    beginResetModel(); // the whole list changes: a new query
    m_rows.clear();
    m_packer.clear();
    endResetModel();
    setTotal(0);
    const bool wasLoading = isLoading();
    m_pending.clear();
    m_wanted.clear();
    m_wantTimer.stop();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    m_showingCached = false;
    if (m_workspaceId.isEmpty())
        return;
    if (m_cache && isPlainQuery()) {
        if (const auto cached = m_cache->read(u"members/"_s + m_workspaceId)) {
            const QJsonObject page = cached->toObject();
            showFirstPage(page.value(u"items"_s).toArray(), page.value(u"total"_s).toInteger());
            m_showingCached = !m_rows.isEmpty();
        }
    }
    loadPage(0);
}

QString MemberListModel::pagePath(qint64 offset) const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(PageSize));
    query.addQueryItem(u"sort"_s, m_sort);
    if (!m_search.isEmpty())
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_search)));
    if (!m_roleId.isEmpty())
        query.addQueryItem(u"role"_s, m_roleId);
    if (m_twoFactor != TwoFactorFilter::Any)
        query.addQueryItem(u"twoFactor"_s, m_twoFactor == TwoFactorFilter::On ? u"on"_s : u"off"_s);
    if (offset > 0)
        query.addQueryItem(u"offset"_s, QString::number(offset));
    return u"/api/v1/workspaces/%1/members?%2"_s.arg(m_workspaceId, query.toString(QUrl::FullyEncoded));
}

void MemberListModel::loadPage(qint64 offset)
{
    const bool wasLoading = isLoading();
    m_pending.insert(offset);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    const int generation = m_generation;
    m_api.get(pagePath(offset), this, [this, generation, offset](const ApiResult& result) {
        if (generation != m_generation)
            return;
        m_pending.remove(offset);
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        const QJsonObject body = result.object();
        const QJsonArray items = body.value(u"items"_s).toArray();
        if (offset > 0) {
            fillPage(offset, items, body.value(u"nextCursor"_s).toString().isEmpty());
            return;
        }
        // The server counts on the first page only.
        const qint64 total = body.contains(u"total"_s) ? body.value(u"total"_s).toInteger() : items.size();
        showFirstPage(items, total);
        m_showingCached = false;
        if (m_cache && isPlainQuery())
            m_cache->write(u"members/"_s + m_workspaceId, QJsonObject {{u"items"_s, items}, {u"total"_s, total}});
    });
}

void MemberListModel::want(int row) const
{
    const qint64 offset = qint64(row / PageSize) * PageSize;
    if (m_pending.contains(offset))
        return;
    m_wanted.removeOne(offset);
    m_wanted.append(offset);
    m_wantTimer.start(); // restarted while the view keeps moving
}

void MemberListModel::loadWanted()
{
    // The last pages asked for are the ones on screen; the others were passed on the way.
    const QList<qint64> wanted = m_wanted.mid(qMax(0, int(m_wanted.size()) - MaxPagesPerMove));
    m_wanted.clear();
    for (const qint64 offset : wanted) {
        const qint64 end = qMin<qint64>(offset + PageSize, m_rows.size());
        bool missing = false;
        for (qint64 row = offset; row < end && !missing; ++row)
            missing = !m_rows.at(row).isLoaded();
        if (missing && !m_pending.contains(offset))
            loadPage(offset);
    }
}

bool MemberListModel::isPlainQuery() const
{
    return m_search.isEmpty() && m_roleId.isEmpty() && m_twoFactor == TwoFactorFilter::Any && m_sort == u"name"_s;
}

QList<PackedMember> MemberListModel::rowsOf(const QJsonArray& items)
{
    QList<PackedMember> rows;
    rows.reserve(items.size());
    for (const QJsonValue& value : items) {
        const QJsonObject object = value.toObject();
        if (const auto member = Member::fromJson(object); member.isOk())
            rows.append(m_packer.pack(member.value(), object.value(u"etag"_s).toString()));
        else
            rows.append(PackedMember {}); // one the build cannot read keeps its place, shown as loading
    }
    return rows;
}

void MemberListModel::showFirstPage(const QJsonArray& items, qint64 total)
{
    QList<PackedMember> page = rowsOf(items);
    const int count = int(qMax<qint64>(total, page.size()));
    if (m_rows.isEmpty()) {
        if (count > 0) {
            beginInsertRows({}, 0, count - 1);
            m_rows.resize(count);
            std::move(page.begin(), page.end(), m_rows.begin());
            endInsertRows();
        }
    } else {
        // The server's first page replaces the one remembered from last time.
        beginResetModel();
        m_rows.clear();
        m_rows.resize(count);
        std::move(page.begin(), page.end(), m_rows.begin());
        endResetModel();
    }
    setTotal(count);
}

void MemberListModel::fillPage(qint64 offset, const QJsonArray& items, bool isLast)
{
    const QList<PackedMember> page = rowsOf(items);
    const int first = int(offset);
    const int last = qMin(first + int(page.size()), int(m_rows.size())) - 1;
    for (int row = first; row <= last; ++row)
        m_rows[row] = page.at(row - first);
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    // Members left since the count: the list ends earlier than the rows shown.
    const int end = first + int(page.size());
    if (isLast && end < m_rows.size()) {
        beginRemoveRows({}, end, int(m_rows.size()) - 1);
        m_rows.resize(end);
        endRemoveRows();
        setTotal(end);
    }
}

void MemberListModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(total);
}

int MemberListModel::loadedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PackedMember& row) { return row.isLoaded(); }));
}

Qt::ItemFlags MemberListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RoleColumn && m_rows.at(index.row()).isLoaded())
        flags |= Qt::ItemIsEditable;
    return flags;
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackedMember& row = m_rows.at(index.row());
    if (!row.isLoaded()) {
        if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
            return {};
        want(index.row());
        return index.column() == NameColumn ? tr("Loading…") : QString();
    }
    const RoleRef& memberRole = m_packer.roleOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromUtf8(row.displayName);
        case EmailColumn:
            return QString::fromUtf8(row.email);
        case RoleColumn:
            return memberRole.displayName();
        case TwoFactorColumn:
            return row.twoFactorEnabled ? tr("On") : tr("Off");
        case JoinedColumn:
            return QLocale().toString(row.joinedAt.toLocalTime().date(), QLocale::ShortFormat);
        case LastActiveColumn:
            return row.lastActiveAt.isValid() ? QLocale().toString(row.lastActiveAt.toLocalTime(), QLocale::ShortFormat)
                                              : tr("Never");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TwoFactorColumn)
            return row.twoFactorEnabled ? tr("Signs in with a second factor") : tr("Signs in with a password only");
        return QString::fromUtf8(row.displayName) + u" <"_s + QString::fromUtf8(row.email) + u'>';
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case UserIdRole:
        return QString::fromUtf8(row.userId);
    case RoleIdRole:
        return memberRole.id;
    case BuiltinRoleRole:
        return int(memberRole.builtin);
    case EtagRole:
        return QString::fromLatin1(row.etag);
    default:
        break;
    }
    return {};
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case TwoFactorColumn:
        return tr("2FA");
    case JoinedColumn:
        return tr("Joined");
    case LastActiveColumn:
        return tr("Last active");
    }
    return {};
}

int MemberListModel::rowOf(const QString& userId) const
{
    const QByteArray id = userId.toUtf8();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).isLoaded() && m_rows.at(row).userId == id)
            return row;
    }
    return -1;
}

void MemberListModel::changeRole(
    int row, const QString& roleId, QObject* context, std::function<void(const ApiError&)> done)
{
    const QString userId = QString::fromUtf8(m_rows.at(row).userId);
    m_api.send("PATCH", u"/api/v1/workspaces/%1/members/%2"_s.arg(m_workspaceId, userId),
        QJsonObject {{u"roleId"_s, roleId}}, context,
        [this, userId, done = std::move(done)](const ApiResult& result) {
            const int current = rowOf(userId); // rows may have moved while the request was out
            if (result.ok() && current >= 0) {
                const auto updated = Member::fromJson(result.object());
                if (updated.isOk()) {
                    m_rows[current] = m_packer.pack(updated.value(), QString::fromLatin1(result.etag));
                    Q_EMIT dataChanged(index(current, 0), index(current, ColumnCount - 1));
                }
            } else if (result.error.is(ProblemCode::NotFound)) {
                dropRow(current); // removed by someone else meanwhile: the list stops showing them
            }
            done(result.error);
        },
        {{"If-Match", m_rows.at(row).etag}});
}

void MemberListModel::removeMember(int row, QObject* context, std::function<void(const ApiError&)> done)
{
    const QString userId = QString::fromUtf8(m_rows.at(row).userId);
    m_api.send("DELETE", u"/api/v1/workspaces/%1/members/%2"_s.arg(m_workspaceId, userId), QJsonValue::Undefined,
        context, [this, userId, done = std::move(done)](const ApiResult& result) {
            // Gone either way: removed now, or by someone else before (then the refusal still says so).
            if (result.ok() || result.error.is(ProblemCode::NotFound))
                dropRow(rowOf(userId));
            done(result.error);
        });
}

void MemberListModel::dropRow(int row)
{
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    setTotal(m_total - 1);
}

void MemberListModel::loadDetails(
    const QString& userId, QObject* context, std::function<void(const MemberDetails&, const ApiError&)> done)
{
    m_api.get(u"/api/v1/workspaces/%1/members/%2"_s.arg(m_workspaceId, userId), context,
        [done = std::move(done)](const ApiResult& result) {
            if (!result.ok()) {
                done({}, result.error);
                return;
            }
            const auto details = MemberDetails::fromJson(result.object().value(u"details"_s).toObject());
            if (!details.isOk()) {
                done({}, ApiError::invalidResponse(result.status));
                return;
            }
            done(details.value(), {});
        });
}

} // namespace nacre::client
