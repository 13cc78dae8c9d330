#include "apikeys/ApiKeyListModel.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace nacre::client {

ApiKeyListModel::ApiKeyListModel(ApiClient& api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void ApiKeyListModel::setWorkspace(const QString& workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    refresh();
}

void ApiKeyListModel::refresh()
{
    const int generation = ++m_generation;
    if (m_workspaceId.isEmpty()) {
        beginResetModel();
        m_keys.clear();
        endResetModel();
        return;
    }
    setLoading(true);
    m_api.get(
        u"/api/v1/workspaces/%1/api-keys"_s.arg(m_workspaceId), this, [this, generation](const ApiResult& result) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!result.ok()) {
                Q_EMIT failed(result.error);
                return;
            }
            QList<ApiKey> keys;
            for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
                if (auto key = ApiKey::fromJson(value.toObject()); key.isOk())
                    keys.append(key.value());
            }
            beginResetModel();
            m_keys = keys;
            endResetModel();
        });
}

void ApiKeyListModel::create(
    const NewKey& key, QObject* context, std::function<void(const QString& secret, const ApiError&)> done)
{
    QJsonObject body {{u"name"_s, key.name}, {u"permissions"_s, key.permissions.toJson()}};
    if (key.expiresAt.isValid())
        body.insert(u"expiresAt"_s, key.expiresAt.toUTC().toString(Qt::ISODate));
    m_api.send("POST", u"/api/v1/workspaces/%1/api-keys"_s.arg(m_workspaceId), body, context,
        [this, done = std::move(done)](const ApiResult& result) {
            if (result.ok())
                refresh();
            done(result.ok() ? result.object().value(u"secret"_s).toString() : QString(), result.error);
        });
}

void ApiKeyListModel::revoke(const QString& keyId, QObject* context, std::function<void(const ApiError&)> done)
{
    m_api.send("DELETE", u"/api/v1/workspaces/%1/api-keys/%2"_s.arg(m_workspaceId, keyId), QJsonValue::Undefined,
        context, [this, done = std::move(done)](const ApiResult& result) {
            if (result.ok() || result.error.is(ProblemCode::NotFound))
                refresh(); // gone either way
            done(result.error);
        });
}

void ApiKeyListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString ApiKeyListModel::permissionsSummary(const PermissionSet& permissions)
{
    const QStringList labels = PermissionCatalog::labels(permissions);
    if (labels.size() > 3)
        return tr("%1 and %n more", nullptr, int(labels.size()) - 2).arg(labels.mid(0, 2).join(u", "_s));
    return labels.join(u", "_s);
}

int ApiKeyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey& key = m_keys.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool expired = key.expiresAt.isValid() && key.expiresAt <= now;
    const bool expiringSoon = key.expiresAt.isValid() && !expired && key.expiresAt <= now.addDays(WarningDays);
    const QLocale locale;
    if (role == KeyIdRole)
        return key.id;
    if (role == ExpiringRole)
        return expired || expiringSoon;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return u"%1  (%2…)"_s.arg(key.name, key.prefix);
        case PermissionsColumn:
            return permissionsSummary(key.permissions);
        case CreatedByColumn:
            return key.createdBy.isNull()
                ? tr("(former member)")
                : tr("%1, %2").arg(
                    key.createdBy.name, locale.toString(key.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        case LastUsedColumn:
            return key.lastUsedAt.isValid()
                ? tr("%1 from %2")
                      .arg(locale.toString(key.lastUsedAt.toLocalTime(), QLocale::ShortFormat), key.lastUsedAddress)
                : tr("Never");
        case ExpiresColumn:
            if (!key.expiresAt.isValid())
                return tr("Never");
            if (expired)
                return tr("Expired %1").arg(locale.toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
            if (expiringSoon)
                return tr("%1 (soon: in %n day(s))", nullptr, int(now.daysTo(key.expiresAt)) + 1)
                    .arg(locale.toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat));
            return locale.toString(key.expiresAt.toLocalTime().date(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == PermissionsColumn)
            return PermissionCatalog::labels(key.permissions).join(u'\n');
        if (index.column() == ExpiresColumn && expired)
            return tr("This key no longer works. Revoke it, and make a new one if it is still needed.");
        if (index.column() == ExpiresColumn && expiringSoon)
            return tr("This key stops working in %n day(s). Make a new one and give it to the program before then.",
                nullptr, int(now.daysTo(key.expiresAt)) + 1);
    }
    return {};
}

QVariant ApiKeyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PermissionsColumn:
        return tr("Permissions");
    case CreatedByColumn:
        return tr("Created by");
    case LastUsedColumn:
        return tr("Last used");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

} // namespace nacre::client
