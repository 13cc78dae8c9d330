#pragma once

#include "api/ApiClient.h"
#include "domain/Member.h"

#include <QObject>

namespace nacre::client {

// Exports the members a MemberListModel shows (same search, role filter and sort), all of them:
// the pages not loaded yet are fetched for the file. RFC 4180 quoting; a cell that a spreadsheet
// would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
class MemberCsvExport : public QObject
{
    Q_OBJECT

public:
    MemberCsvExport(ApiClient& api, QString firstPagePath, QObject* parent = nullptr);

    void run(std::function<void(const QByteArray& csv, const ApiError& error)> done);
    // run(), then the file written whole or not at all (QSaveFile); `problem` says why in words.
    void writeTo(const QString& path, std::function<void(const QString& problem)> done);
    int rowsFetched() const { return int(m_members.size()); }

    static QByteArray toCsv(const QList<Member>& members);
    static QString cell(const QString& text);

Q_SIGNALS:
    void progress(int rows, qint64 total);

private:
    void fetch(const QString& cursor);

    ApiClient& m_api;
    QString m_path;
    QList<Member> m_members;
    qint64 m_total = 0;
    std::function<void(const QByteArray&, const ApiError&)> m_done;
};

} // namespace nacre::client
