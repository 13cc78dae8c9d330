#include "widgets/InitialsBadge.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The initials people see beside every name: in the sidebar, the switcher and the member table.
class TestInitialsBadge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initials");
        QTest::newRow("two words") << u"Olga Owner"_s << u"OO"_s;
        QTest::newRow("three words take two") << u"Ann Marie Lee"_s << u"AM"_s;
        QTest::newRow("one word") << u"madonna"_s << u"M"_s;
        QTest::newRow("numbers are skipped") << u"Member 00042"_s << u"M"_s;
        QTest::newRow("only numbers") << u"42"_s << u"4"_s;
        QTest::newRow("extra spaces") << u"  ana   berg "_s << u"AB"_s;
        QTest::newRow("non-Latin") << u"Ёлка Ёж"_s << u"ЁЁ"_s;
        QTest::newRow("empty") << QString() << u"?"_s;
    }

    void initials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initials);
        QCOMPARE(nacre::ui::InitialsBadge::initialsOf(name), initials);
    }

    void theColourIsStableForAName()
    {
        using nacre::ui::InitialsBadge;
        QCOMPARE(InitialsBadge::colorFor(u"Olga Owner"_s), InitialsBadge::colorFor(u"Olga Owner"_s));
        QVERIFY(InitialsBadge::colorFor(u"Olga Owner"_s) != InitialsBadge::colorFor(u"Otto Owner"_s));
    }
};

QTEST_MAIN(TestInitialsBadge)
#include "tst_initialsbadge.moc"
