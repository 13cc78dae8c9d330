#include "validation/PasswordRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::PasswordRules;

class TestPasswordRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validated_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("empty") << u""_s << u"required"_s;
        QTest::newRow("blanks") << u"            "_s << u"required"_s;
        QTest::newRow("nine") << u"abcdefghi"_s << u"too_short"_s;
        QTest::newRow("ten") << u"abcdefghij"_s << QString();
        QTest::newRow("emoji count once") << u"🔑🔑🔑🔑🔑🔑🔑🔑🔑"_s << u"too_short"_s;
        QTest::newRow("passphrase") << u"correct horse battery staple"_s << QString();
        QTest::newRow("256") << QString(256, u'p') << QString();
        QTest::newRow("257") << QString(257, u'p') << u"too_long"_s;
    }

    void validated()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const auto result = PasswordRules::validated(password);
        QCOMPARE(result.isOk(), code.isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().field, u"password"_s);
        }
    }

    void strength_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("strength");
        QTest::newRow("short") << u"Ab1!"_s << int(PasswordRules::Strength::TooShort);
        QTest::newRow("repeated") << u"aaaaaaaaaaaaaaaa"_s << int(PasswordRules::Strength::Weak);
        QTest::newRow("one class") << u"abcdefghij"_s << int(PasswordRules::Strength::Weak);
        QTest::newRow("two classes") << u"abcdefgh12"_s << int(PasswordRules::Strength::Fair);
        QTest::newRow("long passphrase") << u"correct horse battery"_s << int(PasswordRules::Strength::Strong);
        QTest::newRow("twelve, three classes") << u"Tr0ub4dor&3x"_s << int(PasswordRules::Strength::Strong);
    }

    void strength()
    {
        QFETCH(QString, password);
        QFETCH(int, strength);
        QCOMPARE(int(PasswordRules::strength(password)), strength);
        QVERIFY(!PasswordRules::describe(PasswordRules::strength(password)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordRules)
#include "tst_passwordrules.moc"
