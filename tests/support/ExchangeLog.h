#pragma once

#include <QByteArray>
#include <QString>

namespace nacre::test {

struct Reply;

// The exchanges a test made with the server, kept for the API contract check: when the environment
// names a file in NACRE_API_EXCHANGES, each one is appended to it as a JSON line (method, path,
// query, status, response headers and body), and tests/api/check-responses holds every line against
// docs/openapi.yaml. The file is emptied by the first exchange of the process.
class ExchangeLog
{
public:
    static void record(const QByteArray& method, const QString& pathAndQuery, const Reply& reply);
};

} // namespace nacre::test
