// How a 50,000-member workspace behaves: seeds it, then times the member list API and the client
// model that pages through it. Prints figures; asserts nothing (see README: speed is measured here).
//
//   build/release/bench/nacre-bench-members [members=50000]
#include "members/MemberListModel.h"
#include "support/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    QList<double> ms;
    void add(double value) { ms.append(value); }
    QString summary()
    {
        std::sort(ms.begin(), ms.end());
        double sum = 0;
        for (double v : std::as_const(ms))
            sum += v;
        const auto at = [this](double q) {
            return ms.at(qMin(ms.size() - 1, qsizetype(q * double(ms.size()))));
        };
        return u"n=%1 mean=%2 ms p50=%3 ms p95=%4 ms max=%5 ms"_s.arg(ms.size())
            .arg(sum / double(ms.size()), 0, 'f', 2)
            .arg(at(0.5), 0, 'f', 2)
            .arg(at(0.95), 0, 'f', 2)
            .arg(ms.last(), 0, 'f', 2);
    }
};

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "nacre.*.info=false");
    const int members = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;

    nacre::test::TestServer server;
    QString ws;
    const nacre::test::Account owner = server.setUp(&ws);
    const QString role = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
    QElapsedTimer timer;
    timer.start();
    server.seedMembers(ws, role, members);
    std::printf("seeded %d members in %.0f ms\n", members, elapsedMs(timer));

    const QString list = u"/api/v1/workspaces/%1/members"_s.arg(ws);
    Stats first;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        server.get(list + u"?limit=200"_s, owner.token);
        first.add(elapsedMs(timer));
    }
    std::printf("first page (200, by name, with total):  %s\n", qPrintable(first.summary()));

    Stats pages;
    QString cursor;
    int rows = 0;
    QElapsedTimer all;
    all.start();
    do {
        timer.restart();
        const nacre::test::Reply page = server.get(list + u"?limit=200&cursor="_s + cursor, owner.token);
        pages.add(elapsedMs(timer));
        rows += int(page.items().size());
        cursor = page.json().value(u"nextCursor"_s).toString();
    } while (!cursor.isEmpty());
    std::printf(
        "all pages over HTTP: %d rows in %.0f ms; per page %s\n", rows, elapsedMs(all), qPrintable(pages.summary()));

    Stats search;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        server.get(list + u"?limit=200&q=member4%1"_s.arg(i), owner.token);
        search.add(elapsedMs(timer));
    }
    std::printf("search (substring of name or email):    %s\n", qPrintable(search.summary()));

    nacre::client::ApiClient api;
    api.setBaseUrl(QUrl(server.server().baseUrl()));
    api.setToken(owner.token);
    nacre::client::MemberListModel model(api);
    timer.restart();
    model.setWorkspace(ws);
    if (!QTest::qWaitFor([&model] { return model.rowCount() > 0; }, 60000))
        return 1;
    std::printf("model: first rows shown after %.1f ms (total %lld)\n", elapsedMs(timer), qlonglong(model.total()));
    timer.restart();
    while (model.canFetchMore({}) || model.isLoading()) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    std::printf(
        "model: all %d rows fetched in %.0f ms (as a view scrolled to the end)\n", model.rowCount(), elapsedMs(timer));
    return 0;
}
