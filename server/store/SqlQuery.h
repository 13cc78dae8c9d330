#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace nacre::server {

class Database;

// QSqlQuery with positional binding in a chain and errors as exceptions, so a repository reads as
// its SQL: SqlQuery(db, "SELECT … WHERE id = ?").bind(id).exec().
class SqlQuery
{
public:
    SqlQuery(const Database& database, const QString& statement);

    SqlQuery& bind(const QVariant& value);
    SqlQuery& bindNullableText(const QString& text); // empty text is stored as NULL
    SqlQuery& bindNullableTime(qint64 msecs); // 0 is stored as NULL
    SqlQuery& exec();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 integer(int index) const { return m_query.value(index).toLongLong(); }
    bool flag(int index) const { return m_query.value(index).toLongLong() != 0; }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};

} // namespace nacre::server
