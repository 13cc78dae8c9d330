#include "store/SqlQuery.h"

#include "store/Database.h"

#include <QSqlError>

namespace nacre::server {

SqlQuery::SqlQuery(const Database& database, const QString& statement)
    : m_query(database.connection())
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_statement))
            throw DatabaseError(m_statement, m_query.lastError());
        m_prepared = true;
    }
    m_query.addBindValue(value);
    return *this;
}

SqlQuery& SqlQuery::bindNullableText(const QString& text)
{
    return bind(text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
}

SqlQuery& SqlQuery::bindNullableTime(qint64 msecs)
{
    return bind(msecs == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(msecs));
}

SqlQuery& SqlQuery::exec()
{
    const bool ok = m_prepared ? m_query.exec() : m_query.exec(m_statement);
    if (!ok)
        throw DatabaseError(m_statement.left(200), m_query.lastError());
    return *this;
}

} // namespace nacre::server
