#pragma once

#include "api/ApiClient.h"
#include "domain/Member.h"
#include "domain/Role.h"
#include "permissions/AccessRules.h"

#include <QAbstractTableModel>

namespace nacre::client {

class LocalCache;

// A workspace's roles with their member counts: Owner and Admin first (built in, read-only), then
// custom roles by name. Few per workspace, so loaded whole; every change updates its row.
class RoleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MembersColumn, PermissionsColumn, ColumnCount };
    enum ItemRole { RoleIdRole = Qt::UserRole + 1, BuiltinRoleRole, PermissionIdsRole, EtagRole };

    explicit RoleListModel(ApiClient& api, QObject* parent = nullptr);

    // With a cache, a workspace's roles as last seen are shown at once, then what the server says.
    void setCache(LocalCache* cache) { m_cache = cache; }
    void setWorkspace(const QString& workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    void reload();
    const QList<Role>& roles() const { return m_roles; }
    // Among `roles`, those `actor` may give (the server's grant rules), in the one order roles are
    // shown in (RoleRef::displayedBefore).
    static QList<Role> assignable(const QList<Role>& roles, const Holder& actor);
    std::optional<Role> role(const QString& id) const;
    int rowOf(const QString& id) const;

    using Done = std::function<void(const ApiError& error, const QString& roleId)>;
    void create(const QString& name, const PermissionSet& permissions, QObject* context, Done done);
    void update(const QString& id, const QString& name, const PermissionSet& permissions, QObject* context, Done done);
    // With `moveTo`, the role's members and open invitations get that role first (one server step).
    void remove(const QString& id, QObject* context, Done done, const QString& moveTo = {});
    // The first `limit` members holding the role, by name, and how many hold it in all (for
    // previews: "Affects 3 members: Ann Lee, Bo Berg, Cid Cruz").
    void fetchHolders(const QString& roleId, int limit, QObject* context,
        std::function<void(const QList<Member>& members, qint64 total, const ApiError& error)> done);
    // "Copy of Support", "Copy of Support (2)" … — a free name for a duplicate.
    QString duplicateName(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const nacre::client::ApiError& error);

private:
    void replace(const QList<Role>& roles, const QStringList& etags);
    void apply(const QJsonArray& items);

    ApiClient& m_api;
    LocalCache* m_cache = nullptr;
    QString m_workspaceId;
    QList<Role> m_roles;
    QStringList m_etags;
    int m_generation = 0;
};

} // namespace nacre::client
