#pragma once

#include "export/PagedCsvExport.h"

namespace nacre::client {

class AuditLogModel;

// Every event the audit log's filters select, as CSV: time in ISO 8601 with the local offset, type
// (stable name and label), who (kind, id, name, email), target, before and after (JSON), address.
class AuditCsvExport : public PagedCsvExport
{
    Q_OBJECT

public:
    AuditCsvExport(ApiClient& api, const AuditLogModel& log, QObject* parent = nullptr);
};

} // namespace nacre::client
