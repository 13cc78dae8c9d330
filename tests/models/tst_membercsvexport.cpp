#include "members/MemberCsvExport.h"
#include "members/MemberListModel.h"
#include "support/TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;
using namespace nacre::client;

class TestMemberCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsAreQuotedAndFormulasDefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"Ann Lee"_s << u"Ann Lee"_s;
        QTest::newRow("comma") << u"Lee, Ann"_s << u"\"Lee, Ann\""_s;
        QTest::newRow("quotes") << u"Ann \"Al\" Lee"_s << u"\"Ann \"\"Al\"\" Lee\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+1 555"_s << u"'+1 555"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void cellsAreQuotedAndFormulasDefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(MemberCsvExport::cell(text), cell);
    }

    void exportsEveryMemberShownNotJustTheLoadedPages()
    {
        test::TestServer server;
        QString ws;
        const test::Account owner = server.setUp(&ws);
        const QString support = server.createRole(owner, ws, u"Support"_s, {u"calls.view"_s});
        server.seedMembers(ws, support, 450);
        const test::Account tricky = server.addMember(owner, ws, support, u"tricky@acme.example"_s);
        const QByteArray etag = server.get(u"/api/v1/me"_s, tricky.token).header("etag");
        server.send("PATCH", u"/api/v1/me"_s, QJsonObject {{u"displayName"_s, u"=cmd, \"x\""_s}}, tricky.token,
            {{"If-Match", etag}});

        ApiClient api;
        api.setBaseUrl(QUrl(server.server().baseUrl()));
        api.setToken(owner.token);
        MemberListModel model(api);
        model.setWorkspace(ws);
        model.setRoleFilter(support); // what is shown: Support members only, the owner is not
        QTRY_VERIFY(model.rowCount() > 0);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.loadedCount(), MemberListModel::PageSize); // only the first page is loaded

        MemberCsvExport exporter(api, model.queryPath());
        std::optional<QByteArray> csv;
        exporter.run([&csv](const QByteArray& bytes, const ApiError&) { csv = bytes; });
        QTRY_VERIFY(csv.has_value());
        const QStringList lines = QString::fromUtf8(*csv).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 451);
        QCOMPARE(lines.first(), u"Name,Email,Role,2FA,Joined,Last active"_s);
        QVERIFY(!csv->contains(owner.email.toUtf8()));
        const QStringList trickyLines = lines.filter(u"tricky@acme.example"_s);
        QCOMPARE(trickyLines.size(), 1);
        QVERIFY2(trickyLines.first().startsWith(u"\"'=cmd, \"\"x\"\"\",tricky@acme.example,Support,off,"_s),
            qPrintable(trickyLines.first()));
    }
};

QTEST_GUILESS_MAIN(TestMemberCsvExport)
#include "tst_membercsvexport.moc"
