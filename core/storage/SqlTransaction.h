#pragma once
// A write either happens whole or not at all: this guard rolls back whatever it began unless commit() ran,
// including on every early return with an error.

#include "common/Result.h"

#include <QSqlDatabase>

namespace outpace {

class SqlTransaction
{
public:
    explicit SqlTransaction(const QSqlDatabase &database);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    // BEGIN IMMEDIATE: takes the write lock at once, so a busy database fails here and not half way.
    Status begin(const QString &purpose);
    // Returns once the commit is durable (synchronous=FULL).
    Status commit();

private:
    QSqlDatabase m_database;
    QString m_purpose;
    bool m_open = false;
};

} // namespace outpace
