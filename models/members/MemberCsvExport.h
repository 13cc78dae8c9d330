#pragma once

#include "domain/Member.h"
#include "export/PagedCsvExport.h"

namespace nacre::client {

// Exports the members a MemberListModel shows (same search, role filter and sort), all of them:
// the pages not loaded yet are fetched for the file.
class MemberCsvExport : public PagedCsvExport
{
    Q_OBJECT

public:
    MemberCsvExport(ApiClient& api, QString firstPagePath, QObject* parent = nullptr);

    static QByteArray toCsv(const QList<Member>& members);

private:
    static QStringList header();
    static QStringList row(const Member& member);
};

} // namespace nacre::client
