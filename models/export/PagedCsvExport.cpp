#include "export/PagedCsvExport.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace nacre::client {

PagedCsvExport::PagedCsvExport(ApiClient& api, QString firstPagePath, QStringList header, RowOf rowOf, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_path(std::move(firstPagePath))
    , m_header(std::move(header))
    , m_rowOf(std::move(rowOf))
{ }

QString PagedCsvExport::cell(const QString& text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\''); // a name like "=HYPERLINK(…)" stays text in a spreadsheet
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + QString(value).replace(u'"', u"\"\""_s) + u'"';
    return value;
}

QByteArray PagedCsvExport::toCsv(const QStringList& header, const QList<QStringList>& rows)
{
    QString csv = header.join(u',') + u"\r\n"_s;
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString& text : row)
            cells.append(cell(text));
        csv += cells.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

void PagedCsvExport::run(std::function<void(const QByteArray&, const ApiError&)> done)
{
    m_done = std::move(done);
    m_rows.clear();
    fetch({});
}

void PagedCsvExport::fetch(const QString& cursor)
{
    QString path = m_path;
    if (!cursor.isEmpty())
        path += (path.contains(u'?') ? u"&cursor="_s : u"?cursor="_s)
            + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_api.get(path, this, [this](const ApiResult& result) {
        if (!result.ok()) {
            m_done({}, result.error);
            return;
        }
        if (result.object().contains(u"total"_s))
            m_total = result.object().value(u"total"_s).toInteger();
        for (const QJsonValue& value : result.object().value(u"items"_s).toArray()) {
            if (std::optional<QStringList> row = m_rowOf(value.toObject()))
                m_rows.append(std::move(*row));
        }
        Q_EMIT progress(int(m_rows.size()), m_total);
        const QString next = result.object().value(u"nextCursor"_s).toString();
        if (next.isEmpty())
            m_done(toCsv(m_header, m_rows), {});
        else
            fetch(next);
    });
}

void PagedCsvExport::writeTo(const QString& path, std::function<void(const QString& problem)> done)
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
