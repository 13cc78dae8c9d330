#include "support/TestServer.h"

#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace nacre::test {

QString Reply::describe() const
{
    return u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(body.left(600)));
}

TestServer::TestServer(server::NacreServerConfig config, quint16 port)
{
    config.address = QHostAddress::LocalHost;
    config.port = port;
    if (config.database.isEmpty())
        config.database = m_dir.filePath(u"nacred.sqlite"_s);
    config.outboxDirectory = m_dir.filePath(u"outbox"_s);
    m_server = std::make_unique<server::NacreServer>(config);
    m_running = m_server->start(&m_error);
}

TestServer::~TestServer() = default;

QString TestServer::databasePath() const
{
    return m_dir.filePath(u"nacred.sqlite"_s);
}

QString TestServer::outboxPath() const
{
    return m_dir.filePath(u"outbox"_s);
}

QUrl TestServer::url(const QString& path) const
{
    return QUrl(m_server->baseUrl() + path);
}

Reply TestServer::send(const QByteArray& method, const QString& path, const QJsonValue& body, const QString& token,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return sendRaw(method, path, bytes, token, headers);
}

Reply TestServer::sendRaw(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(30000);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

Account TestServer::setUp(QString* workspaceId, const QString& email)
{
    const Reply reply = send("POST", u"/api/v1/auth/setup"_s,
        QJsonObject {{u"displayName"_s, u"Olga Owner"_s}, {u"email"_s, email},
            {u"password"_s, QString::fromLatin1(Password)}, {u"workspaceName"_s, u"Acme"_s}});
    if (reply.status != 201)
        qFatal("setup failed: %s", qPrintable(reply.describe()));
    const QJsonObject json = reply.json();
    if (workspaceId)
        *workspaceId = json.value(u"workspaceId"_s).toString();
    return Account {
        json.value(u"user"_s).toObject().value(u"id"_s).toString(), email, json.value(u"token"_s).toString()};
}

Account TestServer::signIn(const QString& email, const QString& password)
{
    const Reply reply
        = send("POST", u"/api/v1/auth/login"_s, QJsonObject {{u"email"_s, email}, {u"password"_s, password}});
    if (reply.status != 200)
        qFatal("sign-in failed: %s", qPrintable(reply.describe()));
    const QJsonObject json = reply.json();
    return Account {
        json.value(u"user"_s).toObject().value(u"id"_s).toString(), email, json.value(u"token"_s).toString()};
}

QString TestServer::memberRoleName(const Account& actor, const QString& workspaceId, const QString& userId)
{
    return get(u"/api/v1/workspaces/%1/members/%2"_s.arg(workspaceId, userId), actor.token)
        .json()
        .value(u"role"_s)
        .toObject()
        .value(u"name"_s)
        .toString();
}

QString TestServer::createWorkspace(const Account& owner, const QString& name)
{
    const Reply reply = send("POST", u"/api/v1/workspaces"_s, QJsonObject {{u"name"_s, name}}, owner.token);
    if (reply.status != 201)
        qFatal("creating a workspace failed: %s", qPrintable(reply.describe()));
    return reply.json().value(u"id"_s).toString();
}

QString TestServer::createRole(
    const Account& actor, const QString& workspaceId, const QString& name, const QStringList& permissions)
{
    const Reply reply = send("POST", u"/api/v1/workspaces/%1/roles"_s.arg(workspaceId),
        QJsonObject {{u"name"_s, name}, {u"permissions"_s, QJsonArray::fromStringList(permissions)}}, actor.token);
    if (reply.status != 201)
        qFatal("creating a role failed: %s", qPrintable(reply.describe()));
    return reply.json().value(u"id"_s).toString();
}

QString TestServer::builtinRoleId(const Account& actor, const QString& workspaceId, const QString& builtin)
{
    const Reply reply = get(u"/api/v1/workspaces/%1/roles"_s.arg(workspaceId), actor.token);
    for (const QJsonValue& role : reply.items()) {
        if (role.toObject().value(u"builtin"_s).toString() == builtin)
            return role.toObject().value(u"id"_s).toString();
    }
    qFatal("no %s role: %s", qPrintable(builtin), qPrintable(reply.describe()));
}

QString TestServer::invitationTokenFromOutbox(const QString& email) const
{
    QString newest;
    QDateTime newestTime;
    QString token;
    static const QRegularExpression code(u"Invitation code: (nki_[A-Za-z0-9_-]+)"_s);
    QDirIterator it(outboxPath(), {u"*.eml"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        if (!text.contains(u"To: <"_s + email + u'>'))
            continue;
        // File names start with a millisecond timestamp, so the greatest name is the newest mail.
        const QString name = QFileInfo(path).fileName();
        if (name > newest) {
            newest = name;
            token = code.match(text).captured(1);
        }
    }
    return token;
}

void TestServer::seedMembers(const QString& workspaceId, const QString& roleId, int count, const QString& domain)
{
    server::ServerContext& context = m_server->context();
    static const QString hash = server::PasswordHasher::hash(QString::fromLatin1(Password));
    const qint64 now = context.clock.nowMs();
    server::Transaction transaction(context.db);
    for (int i = 1; i <= count; ++i) {
        server::UserRecord user;
        user.id = server::Tokens::newId();
        const QString number = u"%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        user.email = u"member"_s + number + u'@' + domain;
        user.displayName = u"Member "_s + number;
        user.passwordHash = hash;
        user.createdAt = now;
        context.users.insert(user);
        context.members.insert(workspaceId, user.id, roleId, now + i); // distinct join times
    }
    transaction.commit();
}

Account TestServer::addMember(
    const Account& inviter, const QString& workspaceId, const QString& roleId, const QString& email)
{
    const Reply invited = send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(workspaceId),
        QJsonObject {{u"emails"_s, QJsonArray {email}}, {u"roleId"_s, roleId}}, inviter.token);
    const QString outcome
        = invited.json().value(u"results"_s).toArray().first().toObject().value(u"outcome"_s).toString();
    if (invited.status != 200 || outcome != u"invited"_s)
        qFatal("inviting %s failed: %s", qPrintable(email), qPrintable(invited.describe()));
    const QString token = invitationTokenFromOutbox(email);
    const Reply accepted = send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token),
        QJsonObject {{u"displayName"_s, email.section(u'@', 0, 0)}, {u"password"_s, QString::fromLatin1(Password)}});
    if (accepted.status == 409 && accepted.code() == u"account_exists"_s) {
        const Account existing = signIn(email);
        const Reply joined = send("POST", u"/api/v1/invitations/%1/accept"_s.arg(token), {}, existing.token);
        if (joined.status != 200)
            qFatal("accepting failed: %s", qPrintable(joined.describe()));
        return existing;
    }
    if (accepted.status != 201)
        qFatal("accepting failed: %s", qPrintable(accepted.describe()));
    const QJsonObject json = accepted.json();
    return Account {
        json.value(u"user"_s).toObject().value(u"id"_s).toString(), email, json.value(u"token"_s).toString()};
}

} // namespace nacre::test
