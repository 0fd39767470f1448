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

// Version 2: the task-level research data (ResearchStore, core/research/README.md). IF NOT EXISTS because
// builds before this step created these very tables at the first research import, in files that stayed at
// version 1: such a file keeps its tables and rows. The research rows are public data that an import
// replaces whole; nothing refers to them.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_occupation ("
                       " code TEXT PRIMARY KEY NOT NULL,"
                       " title TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_task ("
                       " task_id INTEGER PRIMARY KEY,"
                       // No REFERENCES to research_occupation: the importer, the only writer, inserts each
                       // occupation before its tasks, and the per-row check cost a tenth of the import.
                       " occupation_code TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " statement TEXT NOT NULL,"
                       // Labels are stored as their numbers (E2 -> 2, T3 -> 3, task type Core 0, Supplemental
                       // 1, unspecified 2). No "IN (list)" in the checks: SQLite builds a temporary index for
                       // each one on every insert.
                       " task_type INTEGER NOT NULL CHECK (task_type BETWEEN 0 AND 2),"
                       " human_exposure INTEGER NOT NULL CHECK (human_exposure BETWEEN 0 AND 3),"
                       " gpt4_exposure INTEGER NOT NULL CHECK (gpt4_exposure BETWEEN 0 AND 3),"
                       " gpt4_exposure_alt INTEGER NOT NULL CHECK (gpt4_exposure_alt BETWEEN 0 AND 3),"
                       " gpt3_relevant INTEGER NOT NULL CHECK (gpt3_relevant BETWEEN 0 AND 1),"
                       " automation INTEGER NOT NULL CHECK (automation BETWEEN 0 AND 4))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_bls ("
                       " soc_code TEXT PRIMARY KEY NOT NULL,"
                       " title TEXT NOT NULL,"
                       " employment INTEGER,"
                       " median_wage INTEGER,"
                       " median_wage_top_coded INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_applicability ("
                       " soc_code TEXT PRIMARY KEY NOT NULL,"
                       " title TEXT NOT NULL,"
                       " score REAL NOT NULL CHECK (score BETWEEN 0 AND 1)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS research_task_by_occupation"
                       " ON research_task (occupation_code, position)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_import ("
                       " data_set TEXT PRIMARY KEY NOT NULL,"
                       " source_file TEXT NOT NULL,"
                       " row_count INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL) WITHOUT ROWID"),
    };
}

QStringList stepStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
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
