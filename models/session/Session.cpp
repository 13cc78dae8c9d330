#include "session/Session.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nacre::client {

Session::Session(ApiClient& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

std::optional<Workspace> Session::currentWorkspace() const
{
    for (const Workspace& workspace : m_workspaces) {
        if (workspace.id == m_currentId)
            return workspace;
    }
    return std::nullopt;
}

void Session::begin(const UserProfile& profile, const QList<Workspace>& knownWorkspaces)
{
    m_profile = profile;
    Q_EMIT profileChanged();
    if (!knownWorkspaces.isEmpty())
        replaceWorkspaces(knownWorkspaces);
}

void Session::setProfile(const UserProfile& profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    Q_EMIT profileChanged();
}

void Session::refreshWorkspaces(const QString& preferredId, Asked asked)
{
    const QString path = u"/api/v1/workspaces?limit=200"_s;
    const auto request = asked == Asked::ByApp ? &ApiClient::refresh : &ApiClient::get;
    (m_api.*request)(path, this, [this, preferredId](const ApiResult& result) {
        if (!result.ok()) {
            Q_EMIT refreshFailed(result.error);
            return;
        }
        QList<Workspace> workspaces;
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            const auto workspace = Workspace::fromJson(value.toObject());
            if (workspace.isOk())
                workspaces.append(workspace.value());
        }
        replaceWorkspaces(workspaces, preferredId);
    });
}

void Session::replaceWorkspaces(const QList<Workspace>& workspaces, const QString& preferredId)
{
    const bool listChanged = workspaces != m_workspaces;
    m_workspaces = workspaces;
    if (listChanged)
        Q_EMIT workspacesChanged();

    const auto contains = [this](const QString& id) {
        return std::any_of(
            m_workspaces.cbegin(), m_workspaces.cend(), [&id](const Workspace& w) { return w.id == id; });
    };
    QString next;
    if (!preferredId.isEmpty() && contains(preferredId))
        next = preferredId;
    else if (contains(m_currentId))
        next = m_currentId;
    else if (!m_workspaces.isEmpty())
        next = m_workspaces.constFirst().id;
    if (next != m_currentId) {
        m_currentId = next;
        Q_EMIT currentWorkspaceChanged(m_currentId);
    }
}

bool Session::selectWorkspace(const QString& id)
{
    if (id == m_currentId
        || !std::any_of(m_workspaces.cbegin(), m_workspaces.cend(), [&id](const Workspace& w) { return w.id == id; }))
        return false;
    m_currentId = id;
    Q_EMIT currentWorkspaceChanged(m_currentId);
    return true;
}

void Session::createWorkspace(
    const QString& name, QObject* context, std::function<void(const ApiError&, const QString&)> done)
{
    m_api.send("POST", u"/api/v1/workspaces"_s, QJsonObject {{u"name"_s, name}}, context,
        [this, done = std::move(done)](const ApiResult& result) {
            const QString id = result.object().value(u"id"_s).toString();
            if (result.ok())
                refreshWorkspaces(id);
            done(result.error, id);
        });
}

void Session::forgetWorkspace(const QString& id)
{
    QList<Workspace> remaining = m_workspaces;
    remaining.removeIf([&id](const Workspace& w) { return w.id == id; });
    replaceWorkspaces(remaining);
}

void Session::end()
{
    m_profile = {};
    m_workspaces.clear();
    m_currentId.clear();
    m_api.setToken({});
    Q_EMIT ended();
}

} // namespace nacre::client
