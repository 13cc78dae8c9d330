#include "audit/AuditLogModel.h"

#include "audit/AuditEventText.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nacre::client {

AuditLogModel::AuditLogModel(ApiClient& api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void AuditLogModel::setWorkspace(const QString& workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    m_filter = {}; // a member or key of one workspace means nothing in another
    refresh();
}

void AuditLogModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

QString AuditLogModel::queryPath(int limit) const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    const auto utc = [](const QDate& day) {
        return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate); // local midnight
    };
    if (m_filter.from.isValid())
        query.addQueryItem(u"from"_s, utc(m_filter.from));
    if (m_filter.until.isValid())
        query.addQueryItem(u"until"_s, utc(m_filter.until.addDays(1))); // the whole last day
    if (!m_filter.types.isEmpty())
        query.addQueryItem(u"type"_s, m_filter.types.join(u','));
    if (!m_filter.actorId.isEmpty())
        query.addQueryItem(u"actor"_s, m_filter.actorId);
    if (!m_filter.targetId.isEmpty())
        query.addQueryItem(u"target"_s, m_filter.targetId);
    return u"/api/v1/workspaces/%1/audit-log?%2"_s.arg(m_workspaceId, query.toString(QUrl::FullyEncoded));
}

void AuditLogModel::refresh()
{
    ++m_generation;
    beginResetModel();
    m_events.clear();
    m_nextCursor.clear();
    endResetModel();
    m_total = 0;
    Q_EMIT totalChanged(0);
    setLoading(false);
    if (!m_workspaceId.isEmpty())
        load({});
}

void AuditLogModel::load(const QString& cursor)
{
    setLoading(true);
    const int generation = m_generation;
    QString path = queryPath();
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_api.get(path, this, [this, generation, cursor](const ApiResult& result) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        const QJsonObject body = result.object();
        QList<AuditEvent> page;
        for (const QJsonValue& value : body.value(u"items"_s).toArray()) {
            if (auto event = AuditEvent::fromJson(value.toObject()); event.isOk())
                page.append(event.value());
        }
        if (cursor.isEmpty() && body.contains(u"total"_s)) {
            m_total = body.value(u"total"_s).toInteger();
            Q_EMIT totalChanged(m_total);
        }
        m_nextCursor = body.value(u"nextCursor"_s).toString();
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_events.size()), int(m_events.size() + page.size()) - 1);
            m_events.append(page);
            endInsertRows();
        }
    });
}

void AuditLogModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_nextCursor.isEmpty() && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        load(m_nextCursor);
}

void AuditLogModel::verify(QObject* context, std::function<void(const Verification&, const ApiError&)> done)
{
    m_api.get(u"/api/v1/workspaces/%1/audit-log/verify"_s.arg(m_workspaceId), context,
        [done = std::move(done)](const ApiResult& result) {
            if (!result.ok()) {
                done({}, result.error);
                return;
            }
            const QJsonObject body = result.object();
            const QJsonObject broken = body.value(u"broken"_s).toObject();
            done(Verification {body.value(u"intact"_s).toBool(), body.value(u"events"_s).toInteger(),
                     broken.value(u"seq"_s).toInteger(), broken.value(u"problem"_s).toString()},
                {});
        });
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent& event = m_events.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? event.occurredAt.toLocalTime().toString(Qt::ISODateWithMs)
                                           : QLocale().toString(event.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case EventColumn:
            return AuditEventText::typeLabel(event.type);
        case WhoColumn:
            return AuditEventText::who(event);
        case TargetColumn:
            return AuditEventText::target(event);
        case DetailsColumn: {
            const QString details = AuditEventText::details(event);
            if (role == Qt::ToolTipRole && !event.address.isEmpty())
                return tr("%1\nFrom %2").arg(details, event.address);
            return details;
        }
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case WhoColumn:
        return tr("Who");
    case TargetColumn:
        //: Audit log column: the member, role, invitation or key an event is about.
        return tr("Target");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace nacre::client
