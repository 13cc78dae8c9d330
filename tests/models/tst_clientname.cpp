#include "profile/ClientName.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::client::ClientName;

// Issue 10, item 11: sessions said "Mozilla/5.0" for browsers; the app and the system are named now.
class TestClientName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesWhatTheClientSaysItIs_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QString>("shown");
        QTest::newRow("nacre") << u"Nacre/0.4.0 (Debian GNU/Linux 12 (bookworm))"_s
                               << u"Nacre 0.4.0 on Debian GNU/Linux 12 (bookworm)"_s;
        QTest::newRow("firefox")
            << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0"_s
            << u"Firefox on Windows"_s;
        QTest::newRow("chrome") << u"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
                                   "Gecko) Chrome/119.0.0.0 Safari/537.36"_s
                                << u"Chrome on macOS"_s;
        QTest::newRow("edge") << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                                 "Chrome/119.0.0.0 Safari/537.36 Edg/119.0.2151.72"_s
                              << u"Edge on Windows"_s;
        QTest::newRow("safari ios") << u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
                                       "(KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"_s
                                    << u"Safari on iOS"_s;
        QTest::newRow("bare mozilla") << u"Mozilla/5.0"_s << u"Unknown application"_s;
        QTest::newRow("curl") << u"curl/8.1.2"_s << u"curl 8.1.2"_s;
        QTest::newRow("python") << u"python-requests/2.31.0"_s << u"python-requests 2.31.0"_s;
        QTest::newRow("nothing") << QString() << u"Unknown application"_s;
    }

    void namesWhatTheClientSaysItIs()
    {
        QFETCH(QString, userAgent);
        QFETCH(QString, shown);
        QCOMPARE(ClientName::of(userAgent), shown);
    }
};

QTEST_GUILESS_MAIN(TestClientName)
#include "tst_clientname.moc"
