// The client's figures of issue 13, against a nacred running in its own process (bench/run starts
// it on a seeded workspace "Acme" of the owner owner@acme.example). The main window is built on the
// real models, as the app builds it, signed in to that server; each figure prints one JSON line.
// Asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen nacre-bench-client --server http://127.0.0.1:PORT switch|search|memory
//   nacre-bench-client --server URL prepare-start   (signs in and remembers it, as nacre would)
//
// switch: the switcher's Enter, from a small workspace to Acme, to the first page of Acme's rows
//   painted in the Users page's table; the app's local cache is not used, so every switch waits for
//   the server (the cache would only make it faster). Eleven switches, each time in ms.
// search: a member search typed into Acme, from the moment the search field's wait ends (the model
//   is asked) to its first rows painted; fifteen different terms.
// memory: resident memory with the window showing the small workspace, then with every row of Acme
//   loaded, page by page as scrolling through the list loads them.
// prepare-start: stores a session token in the keychain and the server and account in the app's
//   settings, so that `nacre --server URL` opens signed in (bench/run then times its start).
#include "NacreVersion.h"
#include "credentials/TokenStore.h"
#include "session/IdleWatch.h"
#include "settings/ClientSettings.h"
#include "shell/MainWindow.h"
#include "support/NacredProcess.h"
#include "support/ScriptedPrompter.h"
#include "support/UiTestSupport.h"
#include "users/MembersTab.h"
#include "workspaces/WorkspaceSwitcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace nacre;

namespace {

constexpr auto OwnerEmail = "owner@acme.example";
constexpr auto Password = "correct horse battery";
constexpr auto SmallWorkspace = "Bench Small";

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "nacre-bench-client: %s\n", what);
    std::exit(1);
}

template <typename Condition>
void waitFor(Condition condition, int timeoutMs, const char* what)
{
    if (!QTest::qWaitFor(condition, timeoutMs))
        fail(what);
}

// Resident memory of this process, from /proc (Linux), in MiB.
double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Notes when a widget has finished painting (the event filter sees the paint event before the
// widget handles it, so the moment is taken once the event loop is back).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget) { widget->installEventFilter(this); }
    qint64 paints() const { return m_paints; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(
                this, [this] { ++m_paints; }, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    qint64 m_paints = 0;
};

void printFigure(const char* figure, const QJsonValue& value)
{
    const QJsonObject line {{u"figure"_s, QString::fromLatin1(figure)}, {u"value"_s, value}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonArray toArray(const QList<double>& values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

// The owner signed in, the small workspace there (made the first time), the window on Users.
struct Console : test::WindowModels
{
    test::HttpEndpoint server;
    QString token;
    QString acme;
    QString small;
    client::IdleWatch idle {api, session};
    test::ScriptedPrompter prompter;
    std::unique_ptr<ui::MainWindow> window;
    QTableView* table = nullptr;
    std::unique_ptr<PaintWatch> paints;

    explicit Console(const QString& url)
        : server(url)
    {
        token = signIn(server);
        for (const QJsonValue& item : server.send("GET", u"/api/v1/workspaces"_s, {}, token).items()) {
            const QString name = item[u"name"_s].toString();
            if (name == u"Acme"_s)
                acme = item[u"id"_s].toString();
            else if (name == QLatin1String(SmallWorkspace))
                small = item[u"id"_s].toString();
        }
        if (acme.isEmpty())
            fail("the server has no workspace \"Acme\"");
        if (small.isEmpty()) {
            small = server
                        .send("POST", u"/api/v1/workspaces"_s, QJsonObject {{u"name"_s, QLatin1String(SmallWorkspace)}},
                            token)
                        .json()
                        .value(u"id"_s)
                        .toString();
        }
        api.setBaseUrl(QUrl(url));
        api.setToken(token);
        session.begin(UserProfile::fromJson(server.send("GET", u"/api/v1/me"_s, {}, token).json()).value());
        window = std::make_unique<ui::MainWindow>(forWindow(&idle), prompter);
        window->resize(1280, 800);
        window->show();
        session.refreshWorkspaces(small);
        waitFor([this] { return session.currentWorkspaceId() == small; }, 30000, "the small workspace");
        window->showPage(u"users"_s);
        table = window->findChild<ui::MembersTab*>()->table();
        paints = std::make_unique<PaintWatch>(table->viewport());
        waitFor([this] { return members.workspaceId() == small && !members.isLoading(); }, 30000,
            "the small workspace's members");
    }

    static QString signIn(test::HttpEndpoint& server)
    {
        const test::Reply reply = server.send("POST", u"/api/v1/auth/login"_s,
            QJsonObject {{u"email"_s, QLatin1String(OwnerEmail)}, {u"password"_s, QLatin1String(Password)}});
        if (reply.status != 200)
            fail("cannot sign in as owner@acme.example");
        return reply.json().value(u"token"_s).toString();
    }

    // Until the table has painted the first rows of what the model now shows, in ms from `clock`.
    double untilFirstRowsPainted(const QElapsedTimer& clock, const QString& workspace)
    {
        qint64 seen = paints->paints();
        double painted = -1;
        waitFor(
            [&] {
                const bool ready = members.workspaceId() == workspace && !members.isLoading()
                    && (members.rowCount() == 0 || members.isLoaded(0));
                if (ready && paints->paints() > seen) {
                    painted = double(clock.nsecsElapsed()) / 1e6;
                    return true;
                }
                if (!ready)
                    seen = paints->paints(); // a paint of the rows before does not count
                return false;
            },
            30000, "the rows to be painted");
        return painted;
    }

    void switchTo(const QString& id, const QString& name, QElapsedTimer* clock)
    {
        window->openSwitcher();
        auto* filter = window->switcher()->findChild<QLineEdit*>(u"workspaceFilter"_s);
        waitFor([filter] { return filter->isVisible(); }, 5000, "the switcher");
        filter->setText(name);
        if (clock)
            clock->start();
        QTest::keyClick(filter, Qt::Key_Return);
        if (session.currentWorkspaceId() != id)
            fail("the switcher chose another workspace");
    }
};

void switching(Console& console)
{
    QList<double> times;
    for (int i = 0; i < 11; ++i) {
        console.switchTo(console.small, QLatin1String(SmallWorkspace), nullptr);
        console.untilFirstRowsPainted(QElapsedTimer(), console.small);
        QElapsedTimer clock;
        console.switchTo(console.acme, u"Acme"_s, &clock);
        times.append(console.untilFirstRowsPainted(clock, console.acme));
    }
    printFigure("switch_ms", toArray(times));
}

void searching(Console& console)
{
    console.switchTo(console.acme, u"Acme"_s, nullptr);
    console.untilFirstRowsPainted(QElapsedTimer(), console.acme);
    QList<double> times;
    // Names and email addresses, a few hits and many (the seeded members are "Member 00042",
    // member00042@acme.example).
    const QStringList terms {u"member4242"_s, u"Member 0913"_s, u"member777"_s, u"acme.example"_s, u"ber 31"_s,
        u"member1000"_s, u"05555"_s, u"Member 9"_s, u"member00001"_s, u"r 123"_s, u"member8"_s, u"99999"_s, u"mber 6"_s,
        u"member2024"_s, u"ember 4"_s};
    for (const QString& term : terms) {
        QElapsedTimer clock;
        clock.start();
        console.members.setSearch(term); // what the search field does once its wait ends
        times.append(console.untilFirstRowsPainted(clock, console.acme));
    }
    printFigure("search_ms", toArray(times));
}

void memory(Console& console)
{
    QTest::qWait(200);
    const double before = residentMiB();
    console.switchTo(console.acme, u"Acme"_s, nullptr);
    console.untilFirstRowsPainted(QElapsedTimer(), console.acme);
    client::MemberListModel& members = console.members;
    QElapsedTimer clock;
    clock.start();
    for (int row = 0; row < members.rowCount(); row += client::MemberListModel::PageSize) {
        console.table->scrollTo(members.index(row, 0), QAbstractItemView::PositionAtTop);
        waitFor([&] { return members.isLoaded(row); }, 30000, "a page of members");
    }
    waitFor([&] { return !members.isLoading(); }, 30000, "the last page");
    const int rows = members.rowCount();
    if (members.loadedCount() != rows)
        fail("not every row was loaded");
    const double after = residentMiB();
    printFigure("memory",
        QJsonObject {{u"rows"_s, rows}, {u"beforeMiB"_s, before}, {u"afterMiB"_s, after},
            {u"loadMs"_s, double(clock.elapsed())}});
}

// What `nacre --server URL` finds on its next start: the server, the account, its token.
void prepareStart(const QString& url)
{
    QApplication::setApplicationName(QStringLiteral(NACRE_APPLICATION_ID));
    QApplication::setOrganizationDomain(QStringLiteral(NACRE_ORGANIZATION_DOMAIN));
    test::HttpEndpoint server(url);
    const QString token = Console::signIn(server);
    client::ClientSettings settings;
    settings.setServerUrl(QUrl(url));
    const QString identity = QUrl(url).toString();
    settings.setLastEmail(identity, QLatin1String(OwnerEmail));
    client::TokenStore tokens;
    QString error = u"pending"_s;
    tokens.write(client::TokenStore::keyFor(QLatin1String(OwnerEmail), identity), token, qApp,
        [&error](const QString& message) { error = message; });
    waitFor([&error] { return error != u"pending"_s; }, 10000, "the keychain");
    if (!error.isEmpty())
        fail(qPrintable(u"the keychain refused the token: "_s + error));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(u"server"_s, u"nacred's URL"_s, u"url"_s);
    parser.addOption(serverOption);
    parser.addPositionalArgument(u"figure"_s, u"switch, search, memory or prepare-start"_s);
    parser.process(app);
    const QString url = parser.value(serverOption);
    const QString figure = parser.positionalArguments().value(0);
    if (url.isEmpty() || figure.isEmpty())
        parser.showHelp(2);
    if (figure == u"prepare-start"_s) {
        prepareStart(url);
        return 0;
    }
    Console console(url);
    if (figure == u"switch"_s)
        switching(console);
    else if (figure == u"search"_s)
        searching(console);
    else if (figure == u"memory"_s)
        memory(console);
    else
        parser.showHelp(2);
    return 0;
}
