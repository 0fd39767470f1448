#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace outpace {

SqlQuery::SqlQuery(const QSqlDatabase &database, QString purpose)
    : m_query(database)
    , m_purpose(std::move(purpose))
{
    // Results are read once, front to back; this saves SQLite from caching them.
    m_query.setForwardOnly(true);
}

SqlQuery &SqlQuery::prepare(const QString &sql)
{
    m_sql = sql;
    if (!m_query.prepare(sql))
        m_prepareError = m_query.lastError().text();
    return *this;
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepareError.isEmpty())
        return failure(m_prepareError);
    if (!m_query.exec())
        return failure(m_query.lastError().text());
    return success();
}

Status SqlQuery::exec(const QString &sql)
{
    m_sql = sql;
    if (!m_query.exec(sql))
        return failure(m_query.lastError().text());
    return success();
}

Result<QVariant> SqlQuery::scalar(const QSqlDatabase &database, const QString &sql, const QString &purpose)
{
    SqlQuery query(database, purpose);
    if (Status done = query.exec(sql); !done)
        return Result<QVariant>::failure(done.errors());
    if (!query.next()) {
        return Result<QVariant>::failure(
            QCoreApplication::translate("Storage", "Error while %1: the database gave no answer.")
                .arg(purpose));
    }
    return query.value(0);
}

Status SqlQuery::failure(const QString &sqliteText) const
{
    //: %1 is what the program was doing ("saving the check-in"), %2 the database's own message.
    return Status::failure(
        QCoreApplication::translate("Storage", "Error while %1: %2").arg(m_purpose, sqliteText.trimmed()));
}

} // namespace outpace
