#include "members/MemberListModel.h"

#include "cache/LocalCache.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

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
{ }

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
    m_members.clear();
    m_etags.clear();
    m_nextCursor.clear();
    endResetModel();
    if (m_total != 0) {
        m_total = 0;
        Q_EMIT totalChanged(0);
    }
    m_loading = false;
    m_showingCached = false;
    if (m_workspaceId.isEmpty())
        return;
    if (m_cache && isPlainQuery()) {
        if (const auto cached = m_cache->read(u"members/"_s + m_workspaceId)) {
            const QJsonObject page = cached->toObject();
            appendPage(page.value(u"items"_s).toArray(), page.value(u"total"_s).toInteger());
            m_showingCached = !m_members.isEmpty();
        }
    }
    loadPage({});
}

QString MemberListModel::pagePath(const QString& cursor) const
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
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    return u"/api/v1/workspaces/%1/members?%2"_s.arg(m_workspaceId, query.toString(QUrl::FullyEncoded));
}

void MemberListModel::loadPage(const QString& cursor)
{
    m_loading = true;
    Q_EMIT loadingChanged(true);
    const int generation = m_generation;
    m_api.get(pagePath(cursor), this, [this, generation, isFirstPage = cursor.isEmpty()](const ApiResult& result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loadingChanged(false);
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        const QJsonArray items = result.object().value(u"items"_s).toArray();
        m_nextCursor = result.object().value(u"nextCursor"_s).toString();
        // The server counts on the first page only.
        const qint64 total
            = result.object().contains(u"total"_s) ? result.object().value(u"total"_s).toInteger() : m_total;
        if (m_showingCached) {
            // The server's first page replaces the one remembered from last time.
            m_showingCached = false;
            beginResetModel();
            m_members.clear();
            m_etags.clear();
            endResetModel();
        }
        appendPage(items, total);
        if (m_cache && isFirstPage && isPlainQuery())
            m_cache->write(u"members/"_s + m_workspaceId, QJsonObject {{u"items"_s, items}, {u"total"_s, total}});
    });
}

bool MemberListModel::isPlainQuery() const
{
    return m_search.isEmpty() && m_roleId.isEmpty() && m_twoFactor == TwoFactorFilter::Any && m_sort == u"name"_s;
}

void MemberListModel::appendPage(const QJsonArray& items, qint64 total)
{
    QList<Member> page;
    QStringList etags;
    for (const QJsonValue& value : items) {
        const auto member = Member::fromJson(value.toObject());
        if (!member.isOk())
            continue;
        page.append(member.value());
        etags.append(value.toObject().value(u"etag"_s).toString());
    }
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_members.size()), int(m_members.size() + page.size() - 1));
        m_members.append(page);
        m_etags.append(etags);
        endInsertRows();
    }
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged(total);
    }
}

Qt::ItemFlags MemberListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RoleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MemberListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_nextCursor.isEmpty();
}

void MemberListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        loadPage(m_nextCursor);
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return member.displayName;
        case EmailColumn:
            return member.email;
        case RoleColumn:
            return member.role.displayName();
        case TwoFactorColumn:
            return member.twoFactorEnabled ? tr("On") : tr("Off");
        case JoinedColumn:
            return QLocale().toString(member.joinedAt.toLocalTime().date(), QLocale::ShortFormat);
        case LastActiveColumn:
            return member.lastActiveAt.isValid()
                ? QLocale().toString(member.lastActiveAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TwoFactorColumn)
            return member.twoFactorEnabled ? tr("Signs in with a second factor") : tr("Signs in with a password only");
        return member.displayName + u" <"_s + member.email + u'>';
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case UserIdRole:
        return member.userId;
    case RoleIdRole:
        return member.role.id;
    case BuiltinRoleRole:
        return int(member.role.builtin);
    case EtagRole:
        return m_etags.at(index.row());
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
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).userId == userId)
            return row;
    }
    return -1;
}

void MemberListModel::changeRole(
    int row, const QString& roleId, QObject* context, std::function<void(const ApiError&)> done)
{
    const QString userId = m_members.at(row).userId;
    m_api.send("PATCH", u"/api/v1/workspaces/%1/members/%2"_s.arg(m_workspaceId, userId),
        QJsonObject {{u"roleId"_s, roleId}}, context,
        [this, userId, done = std::move(done)](const ApiResult& result) {
            const int current = rowOf(userId); // rows may have moved while the request was out
            if (result.ok() && current >= 0) {
                const auto updated = Member::fromJson(result.object());
                if (updated.isOk()) {
                    m_members[current] = updated.value();
                    m_etags[current] = QString::fromLatin1(result.etag);
                    Q_EMIT dataChanged(index(current, 0), index(current, ColumnCount - 1));
                }
            }
            done(result.error);
        },
        {{"If-Match", m_etags.at(row).toLatin1()}});
}

void MemberListModel::removeMember(int row, QObject* context, std::function<void(const ApiError&)> done)
{
    const QString userId = m_members.at(row).userId;
    m_api.send("DELETE", u"/api/v1/workspaces/%1/members/%2"_s.arg(m_workspaceId, userId), QJsonValue::Undefined,
        context, [this, userId, done = std::move(done)](const ApiResult& result) {
            const int current = rowOf(userId);
            if (result.ok() && current >= 0) {
                beginRemoveRows({}, current, current);
                m_members.removeAt(current);
                m_etags.removeAt(current);
                endRemoveRows();
                --m_total;
                Q_EMIT totalChanged(m_total);
            }
            done(result.error);
        });
}

} // namespace nacre::client
