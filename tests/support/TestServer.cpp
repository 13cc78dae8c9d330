#include "support/TestServer.h"

#include "auth/PasswordHasher.h"
#include "auth/Tokens.h"
#include "auth/Totp.h"
#include "store/SqlQuery.h"
#include "support/ExchangeLog.h"
#include "support/MailReader.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace nacre::test {

namespace {

// Every message of the process, kept for the secret scan. Server messages (nacre.server.*) below
// warning level are kept and not printed, so test output stays readable; everything else goes on
// to the handler that was there before.
class LogCapture
{
public:
    static LogCapture& instance()
    {
        static LogCapture capture;
        return capture;
    }

    qsizetype size() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.size();
    }

    QStringList since(qsizetype start) const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.mid(start);
    }

private:
    LogCapture()
    {
        // Every server category on, whatever the environment says, so the scan sees all of it.
        QLoggingCategory::setFilterRules(u"nacre.*.debug=true\nnacre.*.info=true"_s);
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }

    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        const QString category = QString::fromLatin1(context.category ? context.category : "default");
        {
            QMutexLocker lock(&instance().m_mutex);
            instance().m_lines.append(category + u": "_s + message);
        }
        const bool quiet = category.startsWith(u"nacre.server"_s) && (type == QtDebugMsg || type == QtInfoMsg);
        if (!quiet && s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

// One whole HTTP/1.1 answer (head and Content-Length body), read with the event loop running: the
// server answers on this same thread, so a blocking wait would never see it.
QByteArray readHttpAnswer(QTcpSocket& socket)
{
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    const auto complete = [&answer] {
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        static const QRegularExpression length(u"(?i)\r\ncontent-length:\\s*(\\d+)"_s);
        const auto match = length.match(QString::fromLatin1(answer.left(headEnd)));
        return !match.hasMatch() || answer.size() - headEnd - 4 >= match.captured(1).toLongLong();
    };
    while (!complete() && timer.elapsed() < 30000 && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.bytesAvailable() == 0) {
            QSignalSpy arrived(&socket, &QIODevice::readyRead);
            arrived.wait(1000);
        }
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

} // namespace

QString Reply::describe() const
{
    return u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(body.left(600)));
}

TestServer::TestServer(server::NacreServerConfig config, quint16 port)
{
    m_logStart = LogCapture::instance().size();
    config.address = QHostAddress::LocalHost;
    config.port = port;
    if (config.database.isEmpty()) {
        m_database = std::make_unique<TestDatabase>(m_dir.filePath(u"nacred.sqlite"_s));
        config.database = m_database->location();
    }
    config.outboxDirectory = m_dir.filePath(u"outbox"_s);
    m_server = std::make_unique<server::NacreServer>(config);
    m_running = m_server->start(&m_error);
}

TestServer::~TestServer()
{
    m_server.reset(); // everything it logs on the way out counts too
    scanLogForSecrets();
    m_database.reset();
}

void TestServer::noteSecret(const QString& secret) const
{
    if (secret.size() >= 6)
        m_secrets.insert(secret);
}

void TestServer::noteSecretsOf(const QJsonValue& value)
{
    static const QSet<QString> secretKeys {u"password"_s, u"newPassword"_s, u"currentPassword"_s, u"code"_s, u"totp"_s,
        u"token"_s, u"secret"_s, u"recoveryCodes"_s};
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            noteSecretsOf(item);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (secretKeys.contains(it.key()) && it->isString())
            noteSecret(it->toString());
        else if (secretKeys.contains(it.key()) && it->isArray())
            for (const QJsonValue& item : it->toArray())
                noteSecret(item.toString());
        else if (it->isObject() || it->isArray())
            noteSecretsOf(*it);
    }
}

QStringList TestServer::serverLog() const
{
    return LogCapture::instance().since(m_logStart);
}

void TestServer::scanLogForSecrets() const
{
    const QStringList log = serverLog();
    for (const QString& secret : m_secrets) {
        // A short all-digit code only counts as a whole number, not inside a longer one.
        const bool digits
            = secret.size() < 10 && std::all_of(secret.cbegin(), secret.cend(), [](QChar c) { return c.isDigit(); });
        const QRegularExpression word(u"(?<![0-9])"_s + QRegularExpression::escape(secret) + u"(?![0-9])"_s);
        for (const QString& line : log) {
            if (digits ? word.match(line).hasMatch() : line.contains(secret))
                qFatal("a secret the test used appears in the server's log: %s", qPrintable(line));
        }
    }
}

Reply TestServer::check(
    Reply reply, const QByteArray& method, const QString& path, const QByteArray& requestBody, const QString& token)
{
    ExchangeLog::record(method, path, reply);
    noteSecret(token);
    noteSecretsOf(QJsonDocument::fromJson(requestBody).object());
    if (reply.status < 400) // a problem's "code" is its problem code, not a secret
        noteSecretsOf(reply.json());
    if (reply.status == 500)
        qFatal("the server answered 500, which no client input may cause: %s", qPrintable(reply.describe()));
    return reply;
}

Reply TestServer::awaitReply(QNetworkReply* reply)
{
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

Reply TestServer::getFrom(quint16 port, const QString& path)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setTransferTimeout(30000);
    return awaitReply(m_network.get(request));
}

QByteArray TestServer::exchange(const QByteArray& request, const QHostAddress& source)
{
    QTcpSocket socket;
    if (!socket.bind(source))
        qFatal("cannot bind to %s: %s", qPrintable(source.toString()), qPrintable(socket.errorString()));
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(10000))
        qFatal("cannot connect from %s: %s", qPrintable(source.toString()), qPrintable(socket.errorString()));
    socket.write(request);
    return readHttpAnswer(socket);
}

Reply TestServer::sendFrom(const QHostAddress& source, const QByteArray& method, const QString& path,
    const QJsonValue& body, const QString& token)
{
    const QByteArray bytes
        = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
    QByteArray head = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + "User-Agent: nacre-tests\r\nContent-Length: " + QByteArray::number(bytes.size()) + "\r\n";
    if (!bytes.isEmpty())
        head += "Content-Type: application/json\r\n";
    if (!token.isEmpty())
        head += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    const QByteArray answer = exchange(head + "\r\n" + bytes, source);
    Reply result;
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = answer.left(headEnd).split('\n');
    result.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            result.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    result.body = headEnd < 0 ? QByteArray() : answer.mid(headEnd + 4);
    return check(result, method, path, bytes, token);
}

QString TestServer::databasePath() const
{
    return m_database ? m_database->location() : m_dir.filePath(u"nacred.sqlite"_s);
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
    return check(awaitReply(m_network.sendCustomRequest(request, method, body)), method, path, body, token);
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

QByteArray TestServer::enableTwoFactor(const Account& account)
{
    const Reply started = send(
        "POST", u"/api/v1/me/totp"_s, QJsonObject {{u"password"_s, QString::fromLatin1(Password)}}, account.token);
    const QByteArray secret
        = server::Totp::fromBase32(started.json().value(u"secret"_s).toString()).value_or(QByteArray());
    const Reply confirmed = send("POST", u"/api/v1/me/totp/confirm"_s,
        QJsonObject {{u"code"_s, server::Totp::code(secret, m_server->clock().nowMs() / 1000)}}, account.token);
    if (confirmed.status != 200)
        qFatal("turning on two-factor failed: %s", qPrintable(confirmed.describe()));
    return secret;
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

QString TestServer::newestMailTo(const QString& email) const
{
    return newestMailIn(outboxPath(), email);
}

QString TestServer::newestMailIn(const QString& outbox, const QString& email)
{
    QString newest;
    QString text;
    QDirIterator it(outbox, {u"*.eml"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const MailReader mail(file.readAll());
        if (!mail.header("to").contains(u'<' + email + u'>', Qt::CaseInsensitive))
            continue;
        // File names start with a millisecond timestamp, so the greatest name is the newest mail.
        const QString name = QFileInfo(path).fileName();
        if (name > newest) {
            newest = name;
            text = mail.readable();
        }
    }
    return text;
}

QString TestServer::codeFromNewestMail(const QString& email, const QRegularExpression& pattern) const
{
    const QString token = pattern.match(newestMailTo(email)).captured(1);
    noteSecret(token);
    return token;
}

QString TestServer::invitationTokenIn(const QString& outbox, const QString& email)
{
    static const QRegularExpression code(u"/invite/(nki_[A-Za-z0-9_-]+)"_s);
    return code.match(newestMailIn(outbox, email)).captured(1);
}

QString TestServer::invitationTokenFromOutbox(const QString& email) const
{
    const QString token = invitationTokenIn(outboxPath(), email);
    noteSecret(token);
    return token;
}

QString TestServer::resetCodeFromOutbox(const QString& email) const
{
    static const QRegularExpression code(u"\\n(nkr_[A-Za-z0-9_-]+)\\r?\\n"_s);
    return codeFromNewestMail(email, code);
}

void TestServer::seedMembers(const QString& workspaceId, const QString& roleId, int count, const QString& domain)
{
    server::ServerContext& context = m_server->context();
    static const QString hash = server::PasswordHasher::hash(QString::fromLatin1(Password));
    const qint64 now = context.clock.nowMs();
    server::Transaction transaction(context.db);
    // PostgreSQL: the member-count triggers would update one workspace row once per member inside this
    // one transaction, each update walking the row's earlier versions (quadratic: 100,000 members took
    // many minutes). Seeding turns triggers off for its transaction and counts once at the end.
    const bool postgres = !context.db.isSqlite();
    if (postgres)
        server::SqlQuery(context.db, u"SET LOCAL session_replication_role = replica"_s).exec();
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
    if (postgres) {
        server::SqlQuery(context.db,
            u"UPDATE workspaces SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = "
            "workspaces.id) WHERE id = ?"_s)
            .bind(workspaceId)
            .exec();
        server::SqlQuery(context.db,
            u"UPDATE roles SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.role_id = roles.id) "
            "WHERE workspace_id = ?"_s)
            .bind(workspaceId)
            .exec();
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
