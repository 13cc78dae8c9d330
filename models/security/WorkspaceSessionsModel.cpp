#include "security/WorkspaceSessionsModel.h"

#include "profile/ClientName.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace nacre::client {

WorkspaceSessionsModel::WorkspaceSessionsModel(ApiClient& api, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void WorkspaceSessionsModel::setWorkspace(const QString& workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    m_userId.clear();
    refresh();
}

void WorkspaceSessionsModel::setMemberFilter(const QString& userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    refresh();
}

void WorkspaceSessionsModel::refresh()
{
    const int generation = ++m_generation;
    if (m_workspaceId.isEmpty()) {
        beginResetModel();
        m_sessions.clear();
        endResetModel();
        return;
    }
    setLoading(true);
    QString path = u"/api/v1/workspaces/%1/sessions"_s.arg(m_workspaceId);
    if (!m_userId.isEmpty())
        path += u"?member="_s + m_userId;
    m_api.get(path, this, [this, generation](const ApiResult& result) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!result.ok()) {
            Q_EMIT failed(result.error);
            return;
        }
        QList<Session> sessions;
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            const QJsonObject item = value.toObject();
            const QJsonObject member = item.value(u"member"_s).toObject();
            sessions.append(Session {item.value(u"id"_s).toString(), member.value(u"userId"_s).toString(),
                member.value(u"displayName"_s).toString(), member.value(u"email"_s).toString(),
                item.value(u"userAgent"_s).toString(), item.value(u"address"_s).toString(),
                QDateTime::fromString(item.value(u"createdAt"_s).toString(), Qt::ISODateWithMs),
                QDateTime::fromString(item.value(u"lastActiveAt"_s).toString(), Qt::ISODateWithMs),
                item.value(u"current"_s).toBool()});
        }
        beginResetModel();
        m_sessions = sessions;
        endResetModel();
    });
}

void WorkspaceSessionsModel::endSession(
    const QString& sessionId, QObject* context, std::function<void(const ApiError&)> done)
{
    m_api.send("DELETE", u"/api/v1/workspaces/%1/sessions/%2"_s.arg(m_workspaceId, sessionId), QJsonValue::Undefined,
        context, [this, done = std::move(done)](const ApiResult& result) {
            if (result.ok() || result.error.is(ProblemCode::NotFound))
                refresh();
            done(result.error);
        });
}

void WorkspaceSessionsModel::signOutMember(
    const QString& userId, QObject* context, std::function<void(int, const ApiError&)> done)
{
    m_api.send("DELETE", u"/api/v1/workspaces/%1/members/%2/sessions"_s.arg(m_workspaceId, userId),
        QJsonValue::Undefined, context, [this, done = std::move(done)](const ApiResult& result) {
            if (result.ok())
                refresh();
            done(int(result.object().value(u"sessionsEnded"_s).toInteger()), result.error);
        });
}

void WorkspaceSessionsModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

int WorkspaceSessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int WorkspaceSessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceSessionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session& session = m_sessions.at(index.row());
    const QLocale locale;
    switch (role) {
    case SessionIdRole:
        return session.id;
    case UserIdRole:
        return session.userId;
    case CurrentRole:
        return session.current;
    case Qt::ToolTipRole:
        if (index.column() == ClientColumn)
            return session.userAgent;
        if (index.column() == MemberColumn)
            return session.email;
        break;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case MemberColumn:
            return session.current ? tr("%1 (this session)").arg(session.displayName) : session.displayName;
        case ClientColumn:
            return ClientName::of(session.userAgent);
        case AddressColumn:
            return session.address;
        case StartedColumn:
            return locale.toString(session.createdAt.toLocalTime(), QLocale::ShortFormat);
        case LastActiveColumn:
            return locale.toString(session.lastActiveAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant WorkspaceSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case ClientColumn:
        return tr("Application");
    case AddressColumn:
        return tr("Address");
    case StartedColumn:
        return tr("Signed in");
    case LastActiveColumn:
        return tr("Last active");
    }
    return {};
}

} // namespace nacre::client
