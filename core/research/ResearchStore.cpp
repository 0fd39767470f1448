#include "research/ResearchStore.h"

#include "research/ApplicabilityReader.h"
#include "research/BlsReader.h"
#include "research/DelimitedReader.h"
#include "research/LabelSetReader.h"
#include "storage/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace outpace {

namespace {

QString sqliteError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

ResearchStore::ResearchStore(QSqlDatabase database)
    : m_database(std::move(database))
{ }

QString ResearchStore::taskIndexStatement()
{
    return QStringLiteral("CREATE INDEX IF NOT EXISTS research_task_by_occupation"
                          " ON research_task (occupation_code, position)");
}

QStringList ResearchStore::schemaStatements()
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
                       // 1, unspecified 2): binding integers keeps the import close to a raw .import. No "IN
                       // (list)" in the checks: SQLite builds a temporary index for each one on every insert.
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
        taskIndexStatement(),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_import ("
                       " data_set TEXT PRIMARY KEY NOT NULL,"
                       " source_file TEXT NOT NULL,"
                       " row_count INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL) WITHOUT ROWID"),
    };
}

Status ResearchStore::run(const QString &sql) const
{
    QSqlQuery query(m_database);
    if (!query.exec(sql)) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(sqliteError(query)));
    }
    return success();
}

Result<ResearchImportSummary> ResearchStore::import(const ResearchImportFiles &files, const QDateTime &now)
{
    using Failure = Result<ResearchImportSummary>;
    SqlTransaction transaction(m_database);
    if (Status begun = transaction.begin(tr("importing the research data")); !begun)
        return Failure::failure(begun.errors());
    for (const QString &statement : schemaStatements()) {
        if (Status created = run(statement); !created)
            return Failure::failure(created.errors());
    }
    ResearchImportSummary summary;
    if (Status done = importLabels(files.labels, &summary); !done)
        return Failure::failure(done.errors());
    if (Status done = recordImport(QStringLiteral("labels"), files.labels, summary.tasks, now); !done)
        return Failure::failure(done.errors());
    if (!files.bls.isEmpty()) {
        if (Status done = importBls(files.bls, &summary); !done)
            return Failure::failure(done.errors());
        if (Status done = recordImport(QStringLiteral("bls"), files.bls, summary.blsOccupations, now); !done)
            return Failure::failure(done.errors());
    }
    if (!files.applicability.isEmpty()) {
        if (Status done = importApplicability(files.applicability, &summary); !done)
            return Failure::failure(done.errors());
        if (Status done = recordImport(
                QStringLiteral("applicability"), files.applicability, summary.applicabilityOccupations, now);
            !done)
            return Failure::failure(done.errors());
    }
    if (Status committed = transaction.commit(); !committed)
        return Failure::failure(committed.errors());
    return summary;
}

Status ResearchStore::importLabels(const QString &path, ResearchImportSummary *summary)
{
    // Tasks first: they refer to the occupations.
    // The index is built once after the rows are in, which is faster than keeping it up to date row by row.
    if (Status dropped = run(QStringLiteral("DROP INDEX IF EXISTS research_task_by_occupation")); !dropped)
        return dropped;
    if (Status cleared = run(QStringLiteral("DELETE FROM research_task")); !cleared)
        return cleared;
    if (Status cleared = run(QStringLiteral("DELETE FROM research_occupation")); !cleared)
        return cleared;

    QSqlQuery occupation(m_database);
    QSqlQuery task(m_database);
    if (!occupation.prepare(QStringLiteral("INSERT INTO research_occupation (code, title) VALUES (?, ?)"))
        || !task.prepare(QStringLiteral(
            "INSERT INTO research_task (task_id, occupation_code, position, statement, task_type,"
            " human_exposure, gpt4_exposure, gpt4_exposure_alt, gpt3_relevant, automation)"
            " VALUES (:id, :code, :pos, :statement, :type, :human, :gpt4, :alt, :gpt3, :automation)"))) {
        const QString why = occupation.lastError().isValid() ? sqliteError(occupation) : sqliteError(task);
        return Status::failure(tr("the research data could not be saved: SQLite said \"%1\"").arg(why));
    }
    // Qt turns each positional bind into a formatted name and a hash lookup; named ones skip the formatting.
    const QString id = QStringLiteral(":id"), code = QStringLiteral(":code"), pos = QStringLiteral(":pos"),
                  statement = QStringLiteral(":statement"), type = QStringLiteral(":type"),
                  human = QStringLiteral(":human"), gpt4 = QStringLiteral(":gpt4"),
                  alt = QStringLiteral(":alt"), gpt3 = QStringLiteral(":gpt3"),
                  automation = QStringLiteral(":automation");
    QSet<QString> occupations;
    int position = 0;
    QString currentCode;
    Status read = LabelSetReader::readFile(path, [&](const LabelSetTask &row) {
        if (row.occupationCode != currentCode) {
            currentCode = row.occupationCode;
            position = 0;
        }
        if (!occupations.contains(row.occupationCode)) {
            occupations.insert(row.occupationCode);
            occupation.bindValue(0, row.occupationCode);
            occupation.bindValue(1, row.occupationTitle);
            if (!occupation.exec()) {
                return Status::failure(tr("the occupation %1 could not be saved: SQLite said \"%2\"")
                                           .arg(row.occupationCode, sqliteError(occupation)));
            }
        }
        task.bindValue(id, row.taskId);
        task.bindValue(code, row.occupationCode);
        task.bindValue(pos, position++);
        task.bindValue(statement, row.statement);
        task.bindValue(type, int(row.type));
        task.bindValue(human, int(row.humanExposure));
        task.bindValue(gpt4, int(row.gpt4Exposure));
        task.bindValue(alt, int(row.gpt4ExposureAltRubric));
        task.bindValue(gpt3, row.gpt3Relevant ? 1 : 0);
        task.bindValue(automation, row.automation);
        if (!task.exec()) {
            return Status::failure(tr("the task %1 could not be saved: SQLite said \"%2\"")
                                       .arg(row.taskId)
                                       .arg(sqliteError(task)));
        }
        ++summary->tasks;
        return success();
    });
    summary->occupations = int(occupations.size());
    if (!read)
        return read;
    return run(taskIndexStatement());
}

Status ResearchStore::importBls(const QString &path, ResearchImportSummary *summary)
{
    if (Status cleared = run(QStringLiteral("DELETE FROM research_bls")); !cleared)
        return cleared;
    QSqlQuery insert(m_database);
    if (!insert.prepare(QStringLiteral("INSERT INTO research_bls (soc_code, title, employment, median_wage,"
                                       " median_wage_top_coded) VALUES (?, ?, ?, ?, ?)"))) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(sqliteError(insert)));
    }
    summary->blsOccupations = 0;
    QFile file(path);
    if (Status opened = openResearchFile(file); !opened)
        return opened;
    return BlsReader::read(file, QDir::toNativeSeparators(path), [&](const BlsOccupation &row) {
        insert.bindValue(0, row.socCode);
        insert.bindValue(1, row.title);
        insert.bindValue(2, row.employment ? QVariant(*row.employment) : QVariant());
        insert.bindValue(3, row.medianWage ? QVariant(*row.medianWage) : QVariant());
        insert.bindValue(4, row.medianWageTopCoded ? 1 : 0);
        if (!insert.exec()) {
            return Status::failure(tr("the BLS figures of %1 could not be saved: SQLite said \"%2\"")
                                       .arg(row.socCode, sqliteError(insert)));
        }
        ++summary->blsOccupations;
        return success();
    });
}

Status ResearchStore::importApplicability(const QString &path, ResearchImportSummary *summary)
{
    if (Status cleared = run(QStringLiteral("DELETE FROM research_applicability")); !cleared)
        return cleared;
    QSqlQuery insert(m_database);
    if (!insert.prepare(QStringLiteral("INSERT INTO research_applicability (soc_code, title, score)"
                                       " VALUES (?, ?, ?)"))) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(sqliteError(insert)));
    }
    summary->applicabilityOccupations = 0;
    QFile file(path);
    if (Status opened = openResearchFile(file); !opened)
        return opened;
    return ApplicabilityReader::read(
        file, QDir::toNativeSeparators(path), [&](const ApplicabilityScore &row) {
            insert.bindValue(0, row.socCode);
            insert.bindValue(1, row.title);
            insert.bindValue(2, row.score);
            if (!insert.exec()) {
                return Status::failure(
                    tr("the applicability score of %1 could not be saved: SQLite said \"%2\"")
                        .arg(row.socCode, sqliteError(insert)));
            }
            ++summary->applicabilityOccupations;
            return success();
        });
}

Status ResearchStore::recordImport(
    const QString &dataSet, const QString &path, int rows, const QDateTime &now)
{
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO research_import (data_set, source_file, row_count,"
                                  " imported_at) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, dataSet);
    insert.bindValue(1, QFileInfo(path).fileName());
    insert.bindValue(2, rows);
    insert.bindValue(3, now.toUTC().toString(Qt::ISODate));
    if (!insert.exec()) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(sqliteError(insert)));
    }
    return success();
}

Result<bool> ResearchStore::hasLabelSet() const
{
    if (!m_database.tables().contains(QStringLiteral("research_task")))
        return false;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM research_task)")) || !query.next()) {
        return Result<bool>::failure(
            tr("the research data could not be read: SQLite said \"%1\"").arg(sqliteError(query)));
    }
    return query.value(0).toBool();
}

Result<QPair<int, int>> ResearchStore::counts() const
{
    if (!m_database.tables().contains(QStringLiteral("research_task")))
        return QPair<int, int>(0, 0);
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM research_task),"
                                   " (SELECT COUNT(*) FROM research_occupation)"))
        || !query.next()) {
        return Result<QPair<int, int>>::failure(
            tr("the research data could not be read: SQLite said \"%1\"").arg(sqliteError(query)));
    }
    return QPair<int, int>(query.value(0).toInt(), query.value(1).toInt());
}

Result<QList<LabelSetTask>> ResearchStore::tasksOf(const QString &occupationCode) const
{
    using Tasks = Result<QList<LabelSetTask>>;
    if (!m_database.tables().contains(QStringLiteral("research_task")))
        return QList<LabelSetTask>();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "SELECT t.task_id, t.statement, t.task_type, t.human_exposure, t.gpt4_exposure, t.gpt4_exposure_alt,"
        " t.gpt3_relevant, t.automation, o.title FROM research_task t"
        " JOIN research_occupation o ON o.code = t.occupation_code"
        " WHERE t.occupation_code = ? ORDER BY t.position"));
    query.bindValue(0, occupationCode);
    if (!query.exec())
        return Tasks::failure(
            tr("the research data could not be read: SQLite said \"%1\"").arg(sqliteError(query)));
    QList<LabelSetTask> tasks;
    while (query.next()) {
        LabelSetTask task;
        task.occupationCode = occupationCode;
        task.taskId = query.value(0).toInt();
        task.statement = query.value(1).toString();
        const int type = query.value(2).toInt();
        const int human = query.value(3).toInt();
        const int gpt4 = query.value(4).toInt();
        const int alt = query.value(5).toInt();
        const int automation = query.value(7).toInt();
        // The CHECK constraints make this unreachable unless the file was edited by hand.
        auto inRange = [](int value, int highest) { return value >= 0 && value <= highest; };
        if (!inRange(type, 2) || !inRange(human, 3) || !inRange(gpt4, 3) || !inRange(alt, 3)
            || !inRange(automation, 4)) {
            return Tasks::failure(
                tr("the stored research task %1 has labels Outpace does not know; import the "
                   "label set again")
                    .arg(task.taskId));
        }
        task.type = static_cast<OnetTaskType>(type);
        task.humanExposure = static_cast<ExposureLabel>(human);
        task.gpt4Exposure = static_cast<ExposureLabel>(gpt4);
        task.gpt4ExposureAltRubric = static_cast<ExposureLabel>(alt);
        task.gpt3Relevant = query.value(6).toInt() != 0;
        task.automation = automation;
        task.occupationTitle = query.value(8).toString();
        tasks.append(std::move(task));
    }
    return tasks;
}

} // namespace outpace
