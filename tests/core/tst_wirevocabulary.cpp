#include "protocol/EventType.h"
#include "protocol/InviteOutcome.h"
#include "protocol/ProblemCode.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// The words that cross the wire have one name table each: every value has exactly one name, at its
// own index, no two share a name, and a name reads back as its value.
class TestWireVocabulary : public QObject
{
    Q_OBJECT

    template <typename E, std::size_t N>
    static void checkTable(const std::array<EnumName<E>, N>& table, const QString& what)
    {
        QSet<QString> names;
        for (std::size_t i = 0; i < N; ++i) {
            QVERIFY2(std::size_t(table[i].value) == i, qPrintable(what + u" out of order at "_s + table[i].name));
            const QString name = table[i].name;
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(what + u" name twice: "_s + name));
            names.insert(name);
        }
    }

private Q_SLOTS:
    void problemCodes()
    {
        checkTable(ProblemCodeNames, u"problem code"_s);
        QCOMPARE(ProblemCodes::name(ProblemCode::OwnerOnly), QLatin1String("owner_only"));
        QCOMPARE(ProblemCodes::fromName(u"stale_version"), ProblemCode::StaleVersion);
        QVERIFY(!ProblemCodes::fromName(u"a_code_from_a_newer_server").has_value());
    }

    void inviteOutcomes()
    {
        checkTable(InviteOutcomeNames, u"invite outcome"_s);
        QCOMPARE(InviteOutcomes::fromName(u"already_invited"), InviteOutcome::AlreadyInvited);
        QVERIFY(!InviteOutcomes::fromName(u"Invited").has_value()); // names are exact
    }

    void eventTypes()
    {
        checkTable(AuditEventTypeNames, u"audit event type"_s);
        checkTable(SecurityEventTypeNames, u"security event type"_s);
        QCOMPARE(EventTypes::name(AuditEventType::MemberRoleChanged), QLatin1String("member.role_changed"));
        QCOMPARE(EventTypes::securityFromName(u"account.password_changed"), SecurityEventType::PasswordChanged);
    }
};

QTEST_GUILESS_MAIN(TestWireVocabulary)
#include "tst_wirevocabulary.moc"
