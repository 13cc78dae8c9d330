// Seeds a SQLite database with a workspace of many members, to open in the real app:
//
//   build/release/bench/nacre-seed-workspace /tmp/big.sqlite 50000
//   build/release/server/nacred --database /tmp/big.sqlite --listen 127.0.0.1:8099 &
//   build/release/app/nacre --server http://127.0.0.1:8099
//
// Sign in as owner@acme.example with "correct horse battery". The workspace "Acme" has the Owner,
// a "Support" role and the seeded members (member00001@seed.example …), plus a few invitations.
#include "support/TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "nacre.*.info=false");
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE [members=50000]\n", argv[0]);
        return 2;
    }
    const QString database = QString::fromLocal8Bit(argv[1]);
    const int members = argc > 2 ? QByteArray(argv[2]).toInt() : 50000;
    if (QFile::exists(database)) {
        std::fprintf(stderr, "%s exists; give a new file\n", argv[1]);
        return 2;
    }
    nacre::server::NacreServerConfig config;
    config.database = database;
    nacre::test::TestServer server(config);
    if (!server.isRunning()) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(server.startError()));
        return 1;
    }
    QString ws;
    const nacre::test::Account owner = server.setUp(&ws);
    const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s, u"leads.manage"_s});
    server.createRole(owner, ws, u"Analysts"_s, {u"analytics.view"_s, u"calls.view"_s});
    QElapsedTimer timer;
    timer.start();
    server.seedMembers(ws, support, members);
    std::printf("seeded %d members in %.1f s\n", members, double(timer.elapsed()) / 1000.0);
    QJsonArray invited;
    for (const QString& name : {u"nia"_s, u"omar"_s, u"pia"_s})
        invited.append(name + u"@newcomers.example"_s);
    server.send("POST", u"/api/v1/workspaces/%1/invitations"_s.arg(ws),
        QJsonObject {{u"emails"_s, invited}, {u"roleId"_s, support}}, owner.token);
    std::printf("database %s: workspace Acme, sign in as %s\n", qPrintable(database), qPrintable(owner.email));
    return 0;
}
