#include "members/MemberCsvExport.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nacre::client {

MemberCsvExport::MemberCsvExport(ApiClient& api, QString firstPagePath, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_path(std::move(firstPagePath))
{ }

QString MemberCsvExport::cell(const QString& text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\''); // a name like "=HYPERLINK(…)" stays text in a spreadsheet
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + QString(value).replace(u'"', u"\"\""_s) + u'"';
    return value;
}

QByteArray MemberCsvExport::toCsv(const QList<Member>& members)
{
    QString csv = u"Name,Email,Role,2FA,Joined,Last active\r\n"_s;
    for (const Member& member : members) {
        const QStringList cells {cell(member.displayName), cell(member.email), cell(member.role.displayName()),
            member.twoFactorEnabled ? u"on"_s : u"off"_s, member.joinedAt.toUTC().toString(Qt::ISODate),
            member.lastActiveAt.isValid() ? member.lastActiveAt.toUTC().toString(Qt::ISODate) : QString()};
        csv += cells.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

void MemberCsvExport::run(std::function<void(const QByteArray&, const ApiError&)> done)
{
    m_done = std::move(done);
    m_members.clear();
    fetch({});
}

void MemberCsvExport::fetch(const QString& cursor)
{
    QString path = m_path;
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_api.get(path, this, [this](const ApiResult& result) {
        if (!result.ok()) {
            m_done({}, result.error);
            return;
        }
        if (result.object().contains(u"total"_s))
            m_total = result.object().value(u"total"_s).toInteger();
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            const auto member = Member::fromJson(value.toObject());
            if (member.isOk())
                m_members.append(member.value());
        }
        Q_EMIT progress(int(m_members.size()), m_total);
        const QString next = result.object().value(u"nextCursor"_s).toString();
        if (next.isEmpty())
            m_done(toCsv(m_members), {});
        else
            fetch(next);
    });
}

void MemberCsvExport::writeTo(const QString& path, std::function<void(const QString& problem)> done)
{
    run([path, done = std::move(done)](const QByteArray& csv, const ApiError& error) {
        if (error.isError()) {
            done(error.message());
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            done(file.errorString());
            return;
        }
        done({});
    });
}

} // namespace nacre::client
