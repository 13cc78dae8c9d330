#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace nacre::server {

class Database;

// QSqlQuery with positional binding in a chain and errors as exceptions, so a repository reads as
// its SQL: SqlQuery(db, "SELECT … WHERE id = ?").bind(id).exec().
class SqlQuery
{
public:
    SqlQuery(const Database& database, const QString& statement);
    ~SqlQuery(); // a prepared statement goes back to the connection's pool
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindNullableText(const QString& text); // empty text is stored as NULL
    SqlQuery& bindNullableTime(qint64 msecs); // 0 is stored as NULL
    SqlQuery& exec();

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QString text(int index) const { return m_query->value(index).toString(); }
    qint64 integer(int index) const { return m_query->value(index).toLongLong(); }
    bool flag(int index) const { return m_query->value(index).toLongLong() != 0; }
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    const Database& m_db;
    QString m_statement;
    std::optional<QSqlQuery> m_query; // a pooled prepared statement once bound; else made by exec()
    bool m_pooled = false;
};

} // namespace nacre::server
