#include "support/JsonTestSupport.h"
#include "validation/NameRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using nacre::NameRules;

class TestNameRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // the stored form, or empty when refused
        QTest::addColumn<QString>("code");

        const QString ok;
        for (const QString& kind : {u"display"_s, u"workspace"_s, u"role"_s}) {
            const auto row = [&kind](const char* tag) -> QTestData& {
                return QTest::addRow("%s: %s", qPrintable(kind), tag);
            };
            row("plain") << kind << u"Acme Support"_s << u"Acme Support"_s << ok;
            row("trimmed") << kind << u"  Acme \t"_s << u"Acme"_s << ok;
            row("one character") << kind << u"A"_s << u"A"_s << ok;
            row("unicode") << kind << u"Équipe 東京 🚀"_s << u"Équipe 東京 🚀"_s << ok;
            row("decomposed becomes composed") << kind << u"Cafe\u0301"_s << u"Caf\u00e9"_s << ok;
            row("SQL metacharacters") << kind << u"x'); DROP TABLE users;--"_s << u"x'); DROP TABLE users;--"_s << ok;
            row("zero-width joiner kept") << kind << u"👩\u200D💻 Ops"_s << u"👩\u200D💻 Ops"_s << ok;
            row("empty") << kind << u""_s << QString() << u"required"_s;
            row("blank") << kind << u" \n\t "_s << QString() << u"required"_s;
            row("newline inside") << kind << u"Acme\nCorp"_s << QString() << u"control_character"_s;
            row("tab inside") << kind << u"Acme\tCorp"_s << QString() << u"control_character"_s;
            row("NUL") << kind << (u"Acme"_s + QChar(0) + u"x"_s) << QString() << u"control_character"_s;
            row("delete character") << kind << u"Acme\u007F"_s << QString() << u"control_character"_s;
            row("bidi override") << kind << u"Acme\u202Egnp.exe"_s << QString() << u"control_character"_s;
            row("line separator") << kind << u"A\u2028B"_s << QString() << u"control_character"_s;
            row("lone surrogate") << kind << (u"A"_s + QChar(0xD800) + u"B"_s) << QString() << u"control_character"_s;
        }
        QTest::newRow("display: 100 characters") << u"display"_s << QString(100, u'n') << QString(100, u'n') << ok;
        QTest::newRow("display: 101 characters") << u"display"_s << QString(101, u'n') << QString() << u"too_long"_s;
        QTest::newRow("workspace: 100 characters") << u"workspace"_s << QString(100, u'w') << QString(100, u'w') << ok;
        QTest::newRow("workspace: 101 characters")
            << u"workspace"_s << QString(101, u'w') << QString() << u"too_long"_s;
        QTest::newRow("workspace: 100 emoji are 100 characters")
            << u"workspace"_s << u"🚀"_s.repeated(100) << u"🚀"_s.repeated(100) << ok;
        QTest::newRow("role: 50 characters") << u"role"_s << QString(50, u'r') << QString(50, u'r') << ok;
        QTest::newRow("role: 51 characters") << u"role"_s << QString(51, u'r') << QString() << u"too_long"_s;
        QTest::newRow("role: surrounding blanks do not count")
            << u"role"_s << (u"  "_s + QString(50, u'r') + u"  "_s) << QString(50, u'r') << ok;
    }

    void names()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, code);

        const nacre::Result<QString> result = kind == u"display"_s ? NameRules::displayName(input, u"f"_s)
            : kind == u"workspace"_s                               ? NameRules::workspaceName(input, u"f"_s)
                                                                   : NameRules::roleName(input, u"f"_s);
        if (code.isEmpty()) {
            QVERIFY2(result.isOk(), qPrintable(nacre::test::describe(result.errors())));
            QCOMPARE(result.value(), expected);
        } else {
            QVERIFY2(!result.isOk(), qPrintable(result.valueOr({})));
            QCOMPARE(result.error().code, code);
            QCOMPARE(result.error().field, u"f"_s);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void identityKeyFoldsCaseAndForm_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << u"Support"_s << u"SUPPORT"_s << true;
        QTest::newRow("blanks") << u" Support "_s << u"support"_s << true;
        QTest::newRow("German sharp s") << u"Straße"_s << u"STRASSE"_s << true;
        QTest::newRow("composed and decomposed") << u"Caf\u00e9"_s << u"Cafe\u0301"_s << true;
        QTest::newRow("different") << u"Support"_s << u"Supporter"_s << false;
        QTest::newRow("inner space matters") << u"Billing Team"_s << u"BillingTeam"_s << false;
    }

    void identityKeyFoldsCaseAndForm()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(NameRules::identityKey(a) == NameRules::identityKey(b), same);
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
