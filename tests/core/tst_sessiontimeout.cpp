#include "validation/SessionTimeout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::SessionTimeout;

class TestSessionTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void range_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zero") << qint64(0) << false;
        QTest::newRow("negative") << qint64(-30) << false;
        QTest::newRow("just below") << qint64(29) << false;
        QTest::newRow("minimum") << qint64(30) << true;
        QTest::newRow("an hour") << qint64(60) << true;
        QTest::newRow("maximum, three days") << qint64(4320) << true;
        QTest::newRow("just above") << qint64(4321) << false;
        QTest::newRow("a year") << qint64(525600) << false;
        QTest::newRow("beyond int") << (qint64(1) << 40) << false;
    }

    void range()
    {
        QFETCH(qint64, minutes);
        QFETCH(bool, ok);
        const auto result = SessionTimeout::validated(minutes);
        QCOMPARE(result.isOk(), ok);
        if (ok) {
            QCOMPARE(qint64(result.value()), minutes);
        } else {
            QCOMPARE(result.error().code, u"out_of_range"_s);
            QCOMPARE(result.error().field, u"sessionTimeoutMinutes"_s);
            QVERIFY(result.error().message.contains(u"30"_s));
            QVERIFY(result.error().message.contains(u"4320"_s));
        }
    }

    void defaultIsInRange() { QVERIFY(SessionTimeout::validated(SessionTimeout::DefaultMinutes).isOk()); }
};

QTEST_GUILESS_MAIN(TestSessionTimeout)
#include "tst_sessiontimeout.moc"
