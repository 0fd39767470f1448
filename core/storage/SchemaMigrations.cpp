#include "storage/SchemaMigrations.h"

#include "storage/SqlQuery.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>

namespace outpace {

namespace {

// Version 1: the first schema. Times are UTC ISO 8601 text and dates ISO text so that the sqlite3 tool
// shows them readably; weeks are ISO weeks such as 2026-W48.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE profiles ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audits ("
                       " id INTEGER PRIMARY KEY,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " role_id TEXT NOT NULL,"
                       " answers TEXT NOT NULL,"
                       " risk REAL NOT NULL,"
                       " exposure REAL NOT NULL,"
                       " automation REAL NOT NULL,"
                       " model_version TEXT NOT NULL,"
                       " taken_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audits_by_profile ON audits(profile_id, taken_at)"),
        QStringLiteral("CREATE TABLE plans ("
                       " id INTEGER PRIMARY KEY,"
                       " profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                       " role_id TEXT NOT NULL,"
                       " start_date TEXT NOT NULL,"
                       " UNIQUE (profile_id, role_id))"),
        QStringLiteral("CREATE TABLE step_states ("
                       " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                       " step_id TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')),"
                       " done_date TEXT,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " target_week TEXT,"
                       " PRIMARY KEY (plan_id, step_id))"),
        QStringLiteral("CREATE TABLE checkins ("
                       " id INTEGER PRIMARY KEY,"
                       " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                       " week TEXT NOT NULL,"
                       " hours REAL NOT NULL CHECK (hours >= 0),"
                       " steps_done INTEGER NOT NULL DEFAULT 0 CHECK (steps_done >= 0),"
                       " reflection TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (plan_id, week))"),
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
    };
}

QStringList stepStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    default:
        return {};
    }
}

} // namespace

Result<int> SchemaMigrations::version(const QSqlDatabase &database)
{
    Result<QVariant> value = SqlQuery::scalar(database, QStringLiteral("PRAGMA user_version"),
        QCoreApplication::translate("Storage", "reading the schema version"));
    if (!value)
        return Result<int>::failure(value.errors());
    return value.value().toInt();
}

Status SchemaMigrations::migrate(const QSqlDatabase &database)
{
    Result<int> from = version(database);
    if (!from)
        return Status::failure(from.errors());
    for (int next = from.value() + 1; next <= currentVersion; ++next) {
        if (Status done = applyStep(database, next); !done)
            return done;
    }
    return success();
}

Status SchemaMigrations::applyStep(const QSqlDatabase &database, int toVersion)
{
    //: %1 is a schema version number.
    const QString purpose
        = QCoreApplication::translate("Storage", "updating the database to version %1").arg(toVersion);
    SqlTransaction transaction(database);
    if (Status begun = transaction.begin(purpose); !begun)
        return begun;
    const QStringList statements = stepStatements(toVersion);
    for (const QString &statement : statements) {
        SqlQuery query(database, purpose);
        if (Status done = query.exec(statement); !done)
            return done;
    }
    // user_version is part of the database header, so it changes atomically with the step's tables.
    SqlQuery setVersion(database, purpose);
    if (Status done = setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)); !done)
        return done;
    return transaction.commit();
}

} // namespace outpace
