#include "storage/SqlTransaction.h"

#include "storage/SqlQuery.h"

namespace outpace {

SqlTransaction::SqlTransaction(const QSqlDatabase &database)
    : m_database(database)
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_open) {
        // Nothing useful can be done with a failed rollback here: SQLite undoes an unfinished transaction
        // itself when the connection closes or the next process opens the file.
        SqlQuery rollback(m_database, m_purpose);
        (void)rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status SqlTransaction::begin(const QString &purpose)
{
    m_purpose = purpose;
    SqlQuery query(m_database, purpose);
    if (Status done = query.exec(QStringLiteral("BEGIN IMMEDIATE")); !done)
        return done;
    m_open = true;
    return success();
}

Status SqlTransaction::commit()
{
    SqlQuery query(m_database, m_purpose);
    Status done = query.exec(QStringLiteral("COMMIT"));
    if (done)
        m_open = false;
    return done;
}

} // namespace outpace
