#pragma once

#include "api/ApiClient.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace nacre::client {

// Everything a cursor-paged list selects, as CSV: the pages are fetched one after another from
// `firstPagePath` (its query holds the filters), each item turned into a row by `rowOf` (nothing:
// an item this build cannot read, left out). RFC 4180 quoting; a cell a spreadsheet would run as a
// formula (=, +, -, @ first) is prefixed with an apostrophe. Deleting the export cancels it: the
// pending page is dropped and `done` is never called.
class PagedCsvExport : public QObject
{
    Q_OBJECT

public:
    using RowOf = std::function<std::optional<QStringList>(const QJsonObject& item)>;

    PagedCsvExport(ApiClient& api, QString firstPagePath, QStringList header, RowOf rowOf, QObject* parent = nullptr);

    void run(std::function<void(const QByteArray& csv, const ApiError& error)> done);
    // run(), then the file written whole or not at all (QSaveFile); `problem` says why in words.
    void writeTo(const QString& path, std::function<void(const QString& problem)> done);
    int rowsFetched() const { return int(m_rows.size()); }
    const QList<QStringList>& rows() const { return m_rows; } // as fetched, before CSV quoting

    static QString cell(const QString& text);
    static QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows);

Q_SIGNALS:
    void progress(int rows, qint64 total); // total: what the filters select, as the first page says

private:
    void fetch(const QString& cursor);

    ApiClient& m_api;
    QString m_path;
    QStringList m_header;
    RowOf m_rowOf;
    QList<QStringList> m_rows;
    qint64 m_total = 0;
    std::function<void(const QByteArray&, const ApiError&)> m_done;
};

} // namespace nacre::client
