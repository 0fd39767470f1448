#include "research/ResearchStore.h"

#include "research/ApplicabilityReader.h"
#include "research/BlsReader.h"
#include "research/DelimitedReader.h"
#include "research/LabelSetReader.h"
#include "research/SqliteStatement.h"
#include "storage/SqlTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace outpace {

namespace {

QString sqliteError(const QSqlQuery &query)
{
    return query.lastError().text();
}

// One INSERT with positional parameters, run through the SQLite C API when the connection allows it, else
// through Qt SQL. Values are given in parameter order; exec() runs the row and starts the next one.
class Insert
{
public:
    Insert(const QSqlDatabase &database, sqlite3 *native)
        : m_query(database)
    {
        if (native)
            m_native.emplace(native);
    }

    bool prepare(const char *sql)
    {
        if (m_native)
            return m_native->prepare(sql);
        return m_query.prepare(QString::fromLatin1(sql));
    }
    // UTF-8 text; with the C API it must stay alive until exec() returns.
    Insert &text(QByteArrayView utf8)
    {
        if (m_native)
            m_native->bindText(++m_parameter, utf8);
        else
            m_query.bindValue(m_parameter++, QString::fromUtf8(utf8));
        return *this;
    }
    Insert &text(const QString &text)
    {
        if (m_native)
            m_native->bindText(++m_parameter, QStringView(text));
        else
            m_query.bindValue(m_parameter++, text);
        return *this;
    }
    Insert &integer(qint64 value)
    {
        if (m_native)
            m_native->bindInt(++m_parameter, value);
        else
            m_query.bindValue(m_parameter++, value);
        return *this;
    }
    Insert &real(double value)
    {
        if (m_native)
            m_native->bindDouble(++m_parameter, value);
        else
            m_query.bindValue(m_parameter++, value);
        return *this;
    }
    Insert &null()
    {
        if (m_native)
            m_native->bindNull(++m_parameter);
        else
            m_query.bindValue(m_parameter++, QVariant());
        return *this;
    }
    bool exec()
    {
        m_parameter = 0;
        return m_native ? m_native->exec() : m_query.exec();
    }
    QString error() const { return m_native ? m_native->error() : sqliteError(m_query); }

private:
    QSqlQuery m_query;
    std::optional<SqliteStatement> m_native;
    int m_parameter = 0; // the C API counts from 1, Qt SQL from 0
};

// Gives the connection a page cache big enough for a whole import, and puts the previous size back. With
// SQLite's default (2 MB) the cache fills half way through the label set and spills pages into the log
// before the commit, writing some of them twice. The size is the connection's, not the file's.
class LargerPageCache
{
public:
    explicit LargerPageCache(const QSqlDatabase &database)
        : m_database(database)
    {
        QSqlQuery query(m_database);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next())
            m_previous = query.value(0).toString();
        if (!m_previous.isEmpty())
            set(QStringLiteral("-32768")); // in KiB
    }
    ~LargerPageCache()
    {
        if (!m_previous.isEmpty())
            set(m_previous);
    }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    // Only speed depends on it: a failure changes nothing else, so it is not reported.
    void set(const QString &size)
    {
        QSqlQuery query(m_database);
        (void)query.exec(QStringLiteral("PRAGMA cache_size = ") + size);
    }

    QSqlDatabase m_database;
    QString m_previous;
};

} // namespace

struct ResearchStore::Native
{
    sqlite3 *connection = nullptr;
};

ResearchStore::ResearchStore(QSqlDatabase database, Binding binding)
    : m_database(std::move(database))
    , m_binding(binding)
{ }

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
    const LargerPageCache cache(m_database); // outlives the transaction
    SqlTransaction transaction(m_database);
    if (Status begun = transaction.begin(tr("importing the research data")); !begun)
        return Failure::failure(begun.errors());
    const Native native{m_binding == Binding::Automatic ? sqliteHandleOf(m_database) : nullptr};
    m_usedSqliteApi = native.connection != nullptr;
    ResearchImportSummary summary;
    if (Status done = importLabels(files.labels, native, &summary); !done)
        return Failure::failure(done.errors());
    if (Status done = recordImport(QStringLiteral("labels"), files.labels, summary.tasks, now); !done)
        return Failure::failure(done.errors());
    if (!files.bls.isEmpty()) {
        if (Status done = importBls(files.bls, native, &summary); !done)
            return Failure::failure(done.errors());
        if (Status done = recordImport(QStringLiteral("bls"), files.bls, summary.blsOccupations, now); !done)
            return Failure::failure(done.errors());
    }
    if (!files.applicability.isEmpty()) {
        if (Status done = importApplicability(files.applicability, native, &summary); !done)
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

Status ResearchStore::importLabels(const QString &path, const Native &native, ResearchImportSummary *summary)
{
    // The rows come in occupation order, so the (occupation_code, position) index grows at its end: keeping
    // it up to date row by row costs no more than building it afterwards.
    if (Status cleared = run(QStringLiteral("DELETE FROM research_task")); !cleared)
        return cleared;
    if (Status cleared = run(QStringLiteral("DELETE FROM research_occupation")); !cleared)
        return cleared;

    Insert occupation(m_database, native.connection);
    Insert task(m_database, native.connection);
    if (!occupation.prepare("INSERT INTO research_occupation (code, title) VALUES (?, ?)")) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(occupation.error()));
    }
    if (!task.prepare("INSERT INTO research_task (task_id, occupation_code, position, statement, task_type,"
                      " human_exposure, gpt4_exposure, gpt4_exposure_alt, gpt3_relevant, automation)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(task.error()));
    }
    // The texts go to SQLite as the file's UTF-8 bytes (the reader has checked them): no QString per row.
    Status read = LabelSetReader::readRowsFromFile(path, [&](const LabelSetRow &row) {
        if (row.firstOfOccupation) {
            if (!occupation.text(row.occupationCode).text(row.occupationTitle).exec()) {
                return Status::failure(tr("the occupation %1 could not be saved: SQLite said \"%2\"")
                                           .arg(QString::fromUtf8(row.occupationCode), occupation.error()));
            }
            ++summary->occupations;
        }
        task.integer(row.taskId)
            .text(row.occupationCode)
            .integer(row.position)
            .text(row.statement)
            .integer(int(row.type))
            .integer(int(row.humanExposure))
            .integer(int(row.gpt4Exposure))
            .integer(int(row.gpt4ExposureAltRubric))
            .integer(row.gpt3Relevant ? 1 : 0)
            .integer(row.automation);
        if (!task.exec()) {
            return Status::failure(
                tr("the task %1 could not be saved: SQLite said \"%2\"").arg(row.taskId).arg(task.error()));
        }
        ++summary->tasks;
        // Asking every few hundred rows keeps the cost unseen and a cancel felt within milliseconds.
        if (m_progress && summary->tasks % 256 == 0 && !m_progress(summary->tasks))
            return Status::failure(tr("the import was cancelled; nothing was changed"));
        return success();
    });
    return read;
}

Status ResearchStore::importBls(const QString &path, const Native &native, ResearchImportSummary *summary)
{
    if (Status cleared = run(QStringLiteral("DELETE FROM research_bls")); !cleared)
        return cleared;
    Insert insert(m_database, native.connection);
    if (!insert.prepare("INSERT INTO research_bls (soc_code, title, employment, median_wage,"
                        " median_wage_top_coded) VALUES (?, ?, ?, ?, ?)")) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(insert.error()));
    }
    summary->blsOccupations = 0;
    OutsideFile file(path, OutsideFile::researchLimit);
    if (Status opened = openResearchFile(file); !opened)
        return opened;
    return BlsReader::read(file, QDir::toNativeSeparators(path), [&](const BlsOccupation &row) {
        insert.text(row.socCode).text(row.title);
        if (row.employment)
            insert.integer(*row.employment);
        else
            insert.null();
        if (row.medianWage)
            insert.integer(*row.medianWage);
        else
            insert.null();
        insert.integer(row.medianWageTopCoded ? 1 : 0);
        if (!insert.exec()) {
            return Status::failure(tr("the BLS figures of %1 could not be saved: SQLite said \"%2\"")
                                       .arg(row.socCode, insert.error()));
        }
        ++summary->blsOccupations;
        return success();
    });
}

Status ResearchStore::importApplicability(
    const QString &path, const Native &native, ResearchImportSummary *summary)
{
    if (Status cleared = run(QStringLiteral("DELETE FROM research_applicability")); !cleared)
        return cleared;
    Insert insert(m_database, native.connection);
    if (!insert.prepare("INSERT INTO research_applicability (soc_code, title, score) VALUES (?, ?, ?)")) {
        return Status::failure(
            tr("the research data could not be saved: SQLite said \"%1\"").arg(insert.error()));
    }
    summary->applicabilityOccupations = 0;
    OutsideFile file(path, OutsideFile::researchLimit);
    if (Status opened = openResearchFile(file); !opened)
        return opened;
    return ApplicabilityReader::read(
        file, QDir::toNativeSeparators(path), [&](const ApplicabilityScore &row) {
            if (!insert.text(row.socCode).text(row.title).real(row.score).exec()) {
                return Status::failure(
                    tr("the applicability score of %1 could not be saved: SQLite said \"%2\"")
                        .arg(row.socCode, insert.error()));
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
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM research_task)")) || !query.next()) {
        return Result<bool>::failure(
            tr("the research data could not be read: SQLite said \"%1\"").arg(sqliteError(query)));
    }
    return query.value(0).toBool();
}

Result<QPair<int, int>> ResearchStore::counts() const
{
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
        task.type = static_cast<TaskType>(type);
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
