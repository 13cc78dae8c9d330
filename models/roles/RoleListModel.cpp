#include "roles/RoleListModel.h"

#include "cache/LocalCache.h"
#include "validation/NameRules.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nacre::client {

RoleListModel::RoleListModel(ApiClient& api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void RoleListModel::setWorkspace(const QString& workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    replace({}, {});
    if (m_cache && !workspaceId.isEmpty()) {
        if (const auto cached = m_cache->read(u"roles/"_s + workspaceId))
            apply(cached->toArray());
    }
    reload();
}

void RoleListModel::reload()
{
    if (m_workspaceId.isEmpty())
        return;
    const int generation = ++m_generation;
    m_api.get(u"/api/v1/workspaces/%1/roles"_s.arg(m_workspaceId), this, [this, generation](const ApiResult& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        const QJsonArray items = result.object().value(u"items"_s).toArray();
        apply(items);
        if (m_cache)
            m_cache->write(u"roles/"_s + m_workspaceId, items);
    });
}

void RoleListModel::apply(const QJsonArray& items)
{
    QList<Role> roles;
    QStringList etags;
    for (const QJsonValue& value : items) {
        const auto role = Role::fromJson(value.toObject());
        if (!role.isOk())
            continue;
        roles.append(role.value());
        etags.append(value.toObject().value(u"etag"_s).toString());
    }
    replace(roles, etags);
    Q_EMIT loaded();
}

void RoleListModel::replace(const QList<Role>& roles, const QStringList& etags)
{
    // The list is small and its order is the server's (built-ins, then by name): a reset is honest.
    beginResetModel();
    m_roles = roles;
    m_etags = etags;
    endResetModel();
}

std::optional<Role> RoleListModel::role(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional(m_roles.at(row));
}

int RoleListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).id == id)
            return row;
    }
    return -1;
}

QString RoleListModel::duplicateName(const QString& name) const
{
    const auto taken = [this](const QString& candidate) {
        const QString key = NameRules::identityKey(candidate);
        return std::any_of(m_roles.cbegin(), m_roles.cend(),
            [&key](const Role& role) { return NameRules::identityKey(role.name) == key; });
    };
    const QString base = tr("Copy of %1").arg(name).left(NameRules::MaxRoleNameLength);
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        const QString candidate = base.left(NameRules::MaxRoleNameLength - int(suffix.size())) + suffix;
        if (!taken(candidate))
            return candidate;
    }
}

void RoleListModel::create(const QString& name, const PermissionSet& permissions, QObject* context, Done done)
{
    m_api.send("POST", u"/api/v1/workspaces/%1/roles"_s.arg(m_workspaceId),
        QJsonObject {{u"name"_s, name}, {u"permissions"_s, permissions.toJson()}}, context,
        [this, done = std::move(done)](const ApiResult& result) {
            if (result.ok())
                reload();
            done(result.error, result.object().value(u"id"_s).toString());
        });
}

void RoleListModel::update(
    const QString& id, const QString& name, const PermissionSet& permissions, QObject* context, Done done)
{
    const int row = rowOf(id);
    const QByteArray etag = row < 0 ? QByteArray() : m_etags.at(row).toLatin1();
    m_api.send("PATCH", u"/api/v1/workspaces/%1/roles/%2"_s.arg(m_workspaceId, id),
        QJsonObject {{u"name"_s, name}, {u"permissions"_s, permissions.toJson()}}, context,
        [this, id, done = std::move(done)](const ApiResult& result) {
            const int current = rowOf(id);
            const auto updated = Role::fromJson(result.object());
            if (result.ok() && current >= 0 && updated.isOk()) {
                const bool renamed = updated.value().name != m_roles.at(current).name;
                m_roles[current] = updated.value();
                m_etags[current] = QString::fromLatin1(result.etag);
                Q_EMIT dataChanged(index(current, 0), index(current, ColumnCount - 1));
                if (renamed)
                    reload(); // the name order may have changed
            }
            done(result.error, id);
        },
        {{"If-Match", etag}});
}

void RoleListModel::remove(const QString& id, QObject* context, Done done, const QString& moveTo)
{
    QString path = u"/api/v1/workspaces/%1/roles/%2"_s.arg(m_workspaceId, id);
    if (!moveTo.isEmpty())
        path += u"?moveTo="_s + QString::fromLatin1(QUrl::toPercentEncoding(moveTo));
    m_api.send("DELETE", path, QJsonValue::Undefined, context,
        [this, id, moved = !moveTo.isEmpty(), done = std::move(done)](const ApiResult& result) {
            const int current = rowOf(id);
            if (result.ok() && moved) {
                reload(); // member counts moved with the members
            } else if (result.ok() && current >= 0) {
                beginRemoveRows({}, current, current);
                m_roles.removeAt(current);
                m_etags.removeAt(current);
                endRemoveRows();
            }
            done(result.error, id);
        });
}

void RoleListModel::fetchHolders(const QString& roleId, int limit, QObject* context,
    std::function<void(const QList<Member>&, qint64, const ApiError&)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"role"_s, roleId);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"sort"_s, u"name"_s);
    m_api.get(u"/api/v1/workspaces/%1/members?%2"_s.arg(m_workspaceId, query.toString(QUrl::FullyEncoded)), context,
        [done = std::move(done)](const ApiResult& result) {
            QList<Member> members;
            for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
                if (const auto member = Member::fromJson(value.toObject()); member.isOk())
                    members.append(member.value());
            }
            done(members, result.object().value(u"total"_s).toInteger(), result.error);
        });
}

int RoleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RoleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role& entry = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.isBuiltin() ? tr("%1 (built in)").arg(entry.ref().displayName()) : entry.name;
        case MembersColumn:
            return entry.memberCount;
        case PermissionsColumn:
            return entry.builtin == BuiltinRole::Owner ? tr("Everything, and owner-only actions")
                : entry.builtin == BuiltinRole::Admin  ? tr("Every permission")
                                                       : tr("%n permission(s)", nullptr, entry.permissions.count());
        }
        break;
    case Qt::ToolTipRole: {
        const QStringList labels = PermissionCatalog::labels(entry.permissions);
        return entry.isBuiltin() ? tr("Built-in roles cannot be edited or deleted.")
                                 : (labels.isEmpty() ? tr("No permissions") : labels.join(u", "_s));
    }
    case RoleIdRole:
        return entry.id;
    case BuiltinRoleRole:
        return int(entry.builtin);
    case PermissionIdsRole:
        return entry.permissions.toIds();
    case EtagRole:
        return m_etags.at(index.row());
    default:
        break;
    }
    return {};
}

QVariant RoleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Role");
    case MembersColumn:
        return tr("Members");
    case PermissionsColumn:
        return tr("Permissions");
    }
    return {};
}

QList<Role> RoleListModel::assignable(const QList<Role>& roles, const Holder& actor)
{
    QList<Role> result;
    for (const Role& role : roles) {
        AccessQuestion question(actor, Action::Invite);
        question.grantedRole = RoleGrant {role.name, role.builtin, role.permissions};
        if (AccessRules::decide(question).allowed)
            result.append(role);
    }
    std::stable_sort(result.begin(), result.end(),
        [](const Role& a, const Role& b) { return RoleRef::displayedBefore(a.ref(), b.ref()); });
    return result;
}

} // namespace nacre::client
