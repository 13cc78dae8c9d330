#include "members/PackedMember.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nacre;

// The member table's compact rows give back exactly the member they were made of.
class TestPackedMember : public QObject
{
    Q_OBJECT

    static Member member(const QString& name, const RoleRef& role)
    {
        Member m;
        m.userId = u"6f1c0a2e-7a4b-4d1e-9a57-2c8f3b1d9e40"_s;
        m.displayName = name;
        m.email = u"zoe.unal@acme.example"_s;
        m.role = role;
        m.twoFactorEnabled = true;
        m.joinedAt = QDateTime::fromString(u"2026-03-01T09:30:00.250Z"_s, Qt::ISODateWithMs);
        return m;
    }

private Q_SLOTS:
    void everyFieldComesBackIncludingTextBeyondAscii()
    {
        client::PackedMembers packer;
        const Member original
            = member(u"Zoë Ünal 张伟 אבי 🐚"_s, RoleRef {u"r1"_s, u"Support desk"_s, BuiltinRole::None});
        const client::PackedMember packed = packer.pack(original, u"\"member-w:u-v3\""_s);
        QVERIFY(packed.isLoaded());
        QCOMPARE(packer.unpack(packed), original);
        QCOMPARE(packed.etag, "\"member-w:u-v3\"");
        QVERIFY(!packer.unpack(client::PackedMember {}).role.id.size()); // not loaded: an empty member
    }

    void membersOfOneRoleShareItAndARenameIsKeptApart()
    {
        client::PackedMembers packer;
        const RoleRef support {u"r1"_s, u"Support"_s, BuiltinRole::None};
        const client::PackedMember a = packer.pack(member(u"A"_s, support), {});
        const client::PackedMember b = packer.pack(member(u"B"_s, support), {});
        QCOMPARE(a.role, b.role);
        const client::PackedMember owner
            = packer.pack(member(u"O"_s, RoleRef {u"owner"_s, u"Owner"_s, BuiltinRole::Owner}), {});
        QVERIFY(owner.role != a.role);
        QCOMPARE(packer.roleOf(owner).builtin, BuiltinRole::Owner);

        // Renamed while the list was open: rows loaded since show the new name, the others the old.
        const client::PackedMember renamed
            = packer.pack(member(u"C"_s, RoleRef {u"r1"_s, u"Customer Support"_s, BuiltinRole::None}), {});
        QCOMPARE(packer.roleOf(renamed).name, u"Customer Support"_s);
        QCOMPARE(packer.roleOf(a).name, u"Support"_s);
    }
};

QTEST_GUILESS_MAIN(TestPackedMember)
#include "tst_packedmember.moc"
