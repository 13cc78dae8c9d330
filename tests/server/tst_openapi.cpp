#include "http/Router.h"
#include "support/TestServer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// docs/openapi.yaml and the server are kept in step: every route the server has is described, and
// the file names no route the server lacks.
class TestOpenApi : public QObject
{
    Q_OBJECT

    static QSet<QString> documentedOperations()
    {
        QFile file(QStringLiteral(NACRE_SOURCE_DIR "/docs/openapi.yaml"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        static const QRegularExpression pathLine(u"^  (/\\S*):\\s*$"_s);
        static const QRegularExpression methodLine(u"^    (get|put|post|patch|delete):"_s);
        QSet<QString> operations;
        QString path;
        bool inPaths = false;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(u"paths:"_s)) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(u' '))
                break; // the next top-level key
            if (const auto match = pathLine.match(line); inPaths && match.hasMatch())
                path = match.captured(1);
            else if (const auto method = methodLine.match(line); inPaths && method.hasMatch() && !path.isEmpty())
                operations.insert(method.captured(1).toUpper() + u' ' + path);
        }
        return operations;
    }

private Q_SLOTS:
    void everyRouteIsDocumentedAndNothingElse()
    {
        nacre::test::TestServer server;
        QVERIFY(server.isRunning());
        QSet<QString> served;
        for (const nacre::server::RouteInfo& route : server.server().router().routes())
            served.insert(QString::fromLatin1(route.method) + u' ' + route.pattern);
        const QSet<QString> documented = documentedOperations();
        QVERIFY(served.size() > 30);

        QStringList undocumented = (served - documented).values();
        QStringList missing = (documented - served).values();
        undocumented.sort();
        missing.sort();
        QVERIFY2(undocumented.isEmpty(), qPrintable(u"not in docs/openapi.yaml: "_s + undocumented.join(u", "_s)));
        QVERIFY2(missing.isEmpty(), qPrintable(u"documented but not served: "_s + missing.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
