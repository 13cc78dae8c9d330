#include "http/Router.h"
#include "protocol/ProblemCode.h"
#include "support/TestServer.h"
#include "validation/FieldError.h"

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

    static QByteArray document()
    {
        QFile file(QStringLiteral(NACRE_SOURCE_DIR "/docs/openapi.yaml"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    // The words of the first `enum: [...]` after `anchor` (a line of the document).
    static QSet<QString> documentedEnum(const QString& anchor)
    {
        const QString text = QString::fromUtf8(document());
        const qsizetype at = text.indexOf(anchor);
        const qsizetype open = text.indexOf(u"enum: ["_s, at);
        const qsizetype close = text.indexOf(u']', open);
        if (at < 0 || open < 0 || close < 0)
            qFatal("no enum after %s in docs/openapi.yaml", qPrintable(anchor));
        QSet<QString> words;
        for (const QString& word : text.mid(open + 7, close - open - 7).split(u',', Qt::SkipEmptyParts))
            words.insert(word.trimmed());
        return words;
    }

    static void verifySame(const QSet<QString>& documented, const QSet<QString>& known, const char* what)
    {
        QStringList undocumented = (known - documented).values();
        QStringList unknown = (documented - known).values();
        undocumented.sort();
        unknown.sort();
        QVERIFY2(undocumented.isEmpty(),
            qPrintable(u"%1 missing from docs/openapi.yaml: "_s.arg(QLatin1String(what)) + undocumented.join(u", "_s)));
        QVERIFY2(unknown.isEmpty(),
            qPrintable(u"%1 the server does not know: "_s.arg(QLatin1String(what)) + unknown.join(u", "_s)));
    }

    static QSet<QString> documentedOperations()
    {
        static const QRegularExpression pathLine(u"^  (/\\S*):\\s*$"_s);
        static const QRegularExpression methodLine(u"^    (get|put|post|patch|delete):"_s);
        QSet<QString> operations;
        QString path;
        bool inPaths = false;
        for (const QByteArray& raw : document().split('\n')) {
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

    // A generated client switches over the document's enums: a code the server can send that the
    // document lacks would reach it as a value it cannot name.
    void everyProblemCodeIsDocumentedAndNothingElse()
    {
        QSet<QString> known;
        for (const auto& [code, name] : nacre::ProblemCodeNames)
            known.insert(name);
        QVERIFY(known.size() > 30);
        verifySame(documentedEnum(u"\n    ProblemCode:\n"_s), known, "problem codes");
    }

    void everyFieldErrorCodeIsDocumentedAndNothingElse()
    {
        QSet<QString> known;
        for (const char* code : nacre::ErrorCode::All)
            known.insert(QLatin1String(code));
        verifySame(documentedEnum(u"\n    FieldError:\n"_s), known, "field error codes");
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
