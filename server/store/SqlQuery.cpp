#include "store/SqlQuery.h"

#include "store/Database.h"

#include <QSqlError>

namespace nacre::server {

SqlQuery::SqlQuery(const Database& database, const QString& statement)
    : m_db(database)
    , m_statement(statement)
{ }

SqlQuery::~SqlQuery()
{
    if (m_pooled)
        m_db.giveBack(m_statement, std::move(*m_query));
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    if (!m_query) {
        m_query.emplace(m_db.takePrepared(m_statement));
        m_pooled = true;
    }
    m_query->addBindValue(value);
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
    bool ok = false;
    if (m_query) {
        ok = m_query->exec();
    } else { // nothing bound: a statement run once (a pragma, BEGIN), not worth keeping prepared
        m_query.emplace(m_db.connection());
        m_query->setForwardOnly(true);
        ok = m_query->exec(m_statement);
    }
    if (!ok)
        throw DatabaseError(m_statement.left(200), m_query->lastError());
    return *this;
}

} // namespace nacre::server
