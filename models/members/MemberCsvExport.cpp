#include "members/MemberCsvExport.h"

using namespace Qt::StringLiterals;

namespace nacre::client {

MemberCsvExport::MemberCsvExport(ApiClient& api, QString firstPagePath, QObject* parent)
    : PagedCsvExport(
        api, std::move(firstPagePath), header(),
        [](const QJsonObject& item) -> std::optional<QStringList> {
            const auto member = Member::fromJson(item);
            return member.isOk() ? std::optional(row(member.value())) : std::nullopt;
        },
        parent)
{ }

QStringList MemberCsvExport::header()
{
    return {u"Name"_s, u"Email"_s, u"Role"_s, u"2FA"_s, u"Joined"_s, u"Last active"_s};
}

QStringList MemberCsvExport::row(const Member& member)
{
    return {member.displayName, member.email, member.role.displayName(), member.twoFactorEnabled ? u"on"_s : u"off"_s,
        member.joinedAt.toUTC().toString(Qt::ISODate),
        member.lastActiveAt.isValid() ? member.lastActiveAt.toUTC().toString(Qt::ISODate) : QString()};
}

QByteArray MemberCsvExport::toCsv(const QList<Member>& members)
{
    QList<QStringList> rows;
    for (const Member& member : members)
        rows.append(row(member));
    return PagedCsvExport::toCsv(header(), rows);
}

} // namespace nacre::client
