#pragma once
// Every statement on the personal database goes through here, so that no failure passes silently: a failed
// prepare, bind or exec becomes an error value that says what the program was doing and what SQLite said.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace outpace {

class SqlQuery
{
public:
    // `purpose` is a short translated phrase ("saving the check-in") used in the error text.
    SqlQuery(const QSqlDatabase &database, QString purpose);

    // Prepares the statement; the error is kept and returned by exec() so callers can chain binds.
    SqlQuery &prepare(const QString &sql);
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    // Runs a statement with no parameters.
    Status exec(const QString &sql);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs a statement that returns one value (a PRAGMA, a count) and gives that value.
    static Result<QVariant> scalar(const QSqlDatabase &database, const QString &sql, const QString &purpose);

private:
    Status failure(const QString &sqliteText) const;

    QSqlQuery m_query;
    QString m_purpose;
    QString m_sql;
    QString m_prepareError;
};

} // namespace outpace
