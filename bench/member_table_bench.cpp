// Does the member table stall while a 50,000-member workspace opens and scrolls? Seeds a database,
// starts the real nacred on it as its own process (as a remote server, or the app's embedded one
// on its own thread), then drives the Users > Members tab the way a person scrolls and measures
// the longest time the GUI thread could not answer (a 1 ms timer's largest gap) next to the time
// each step took. Prints figures; asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen build/release/bench/nacre-bench-member-table [members=50000]
#include "support/ScriptedPrompter.h"
#include "support/TestServer.h"
#include "users/MembersTab.h"
#include "users/invitations/InviteCommand.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// The longest gap between ticks of a 1 ms timer: how long the GUI thread was busy at a stretch.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = qMax(m_worst, m_clock.nsecsElapsed() - m_last);
            m_last = m_clock.nsecsElapsed();
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_worst = 0;
        m_last = m_clock.nsecsElapsed();
    }
    double worstMs() const { return double(m_worst) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

template <typename Condition>
void waitFor(Condition condition, int timeoutMs, const char* what)
{
    if (!QTest::qWaitFor(condition, timeoutMs)) {
        std::fprintf(stderr, "gave up waiting for %s\n", what);
        std::exit(1);
    }
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

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "nacre.*.info=false");
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    QTemporaryDir dir;
    const QString database = dir.filePath(u"big.sqlite"_s);
    QString ws;
    QString support;
    {
        nacre::server::NacreServerConfig config;
        config.database = database;
        nacre::test::TestServer seeder(config);
        const nacre::test::Account owner = seeder.setUp(&ws);
        support = seeder.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        seeder.seedMembers(ws, support, count);
    }
    const quint16 port = freePort();
    QProcess nacred;
    nacred.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    nacred.start(QStringLiteral(NACRED_PATH),
        {u"--database"_s, database, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--outbox"_s,
            dir.filePath(u"outbox"_s)});
    nacre::client::ApiClient api;
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QString token;
    waitFor(
        [&] {
            api.send("POST", u"/api/v1/auth/login"_s,
                QJsonObject {{u"email"_s, u"owner@acme.example"_s}, {u"password"_s, u"correct horse battery"_s}}, &app,
                [&token](
                    const nacre::client::ApiResult& result) { token = result.object().value(u"token"_s).toString(); });
            return QTest::qWaitFor([&token] { return !token.isEmpty(); }, 500);
        },
        15000, "nacred to answer");
    api.setToken(token);

    nacre::client::MemberListModel members(api);
    nacre::client::RoleListModel roles(api);
    nacre::client::InvitationListModel invitations(api);
    nacre::test::ScriptedPrompter prompter;
    nacre::ui::InviteCommand invite(api, roles, invitations, nullptr);
    nacre::ui::MembersTab tab(api, members, roles, prompter, invite);
    tab.resize(1100, 720);
    tab.show();
    QTableView* table = tab.table();
    StallProbe probe;

    QElapsedTimer timer;
    timer.start();
    roles.setWorkspace(ws);
    members.setWorkspace(ws);
    waitFor([&] { return members.rowCount() > 0; }, 30000, "the first page");
    table->viewport()->repaint();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("%d members: first rows painted %.1f ms after opening; longest GUI stall %.1f ms\n", count + 1,
        ms(timer), probe.worstMs());

    // Scroll to the bottom of what is loaded, as dragging the scroll bar does: each time the view
    // asks for the next page. Twenty pages = 4,000 rows.
    double worstStep = 0;
    probe.reset();
    timer.restart();
    for (int page = 0; page < 20; ++page) {
        const int before = members.rowCount();
        QElapsedTimer step;
        step.start();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        waitFor([&] { return members.rowCount() > before; }, 10000, "the next page");
        table->viewport()->repaint();
        worstStep = qMax(worstStep, ms(step));
    }
    std::printf("scrolling through 20 more pages (%d rows): %.0f ms, slowest page %.1f ms, longest GUI stall "
                "%.1f ms\n",
        members.rowCount(), ms(timer), worstStep, probe.worstMs());

    // Jumping about in what is loaded: only painting (each jump blocks for its paint, so the time per
    // jump is the stall).
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        table->verticalScrollBar()->setValue((i * 7919) % qMax(1, table->verticalScrollBar()->maximum()));
        table->viewport()->repaint();
    }
    std::printf("200 jumps with a repaint each: %.2f ms per jump\n", ms(timer) / 200);

    // Searching narrows the list on the server; the view shows the answer.
    probe.reset();
    timer.restart();
    members.setSearch(u"member4999"_s);
    waitFor([&] { return !members.isLoading() && members.total() < count; }, 30000, "the search");
    table->viewport()->repaint();
    std::printf("search \"member4999\" → %lld rows shown after %.1f ms; longest GUI stall %.1f ms\n",
        qlonglong(members.total()), ms(timer), probe.worstMs());

    // Memory: every member loaded into the model (as scrolling to the very end would).
    members.setSearch(QString());
    waitFor([&] { return !members.isLoading() && members.rowCount() > 0; }, 30000, "the plain list");
    const double before = residentMiB();
    const int rowsBefore = members.rowCount();
    timer.restart();
    while (members.canFetchMore({}) || members.isLoading()) {
        if (members.canFetchMore({}))
            members.fetchMore({});
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    table->viewport()->repaint();
    const double after = residentMiB();
    std::printf("all %d rows in the model after %.0f ms; resident memory %.1f MiB -> %.1f MiB (%.2f KiB per row)\n",
        members.rowCount(), ms(timer), before, after,
        (after - before) * 1024.0 / qMax(1, members.rowCount() - rowsBefore));

    nacred.terminate();
    nacred.waitForFinished(5000);
    return 0;
}
