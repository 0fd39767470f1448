#pragma once
// Task-level research data in the user's database: the whole label set (every task of every occupation with
// its labels), and optionally the BLS and Microsoft figures. An import is one transaction: it replaces what a
// previous import of the same files stored, and on any error, in the files or in SQLite, nothing changes.
// The tables belong to the personal database's schema (version 2, storage/SchemaMigrations.cpp): the store
// expects a database opened by PersonalDatabase, which brings the schema up to date.

#include "common/Result.h"
#include "research/LabelSetTask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace outpace {

struct ResearchImportFiles
{
    QString labels;        // full_labelset.tsv, required
    QString bls;           // national_May2021_dl.csv, optional
    QString applicability; // soc_ai_applicability_scores.csv, optional
};

struct ResearchImportSummary
{
    int tasks = 0;
    int occupations = 0;
    int blsOccupations = -1;           // -1 when no BLS file was given (the stored figures are kept)
    int applicabilityOccupations = -1; // same for the applicability file
};

class ResearchStore
{
    Q_DECLARE_TR_FUNCTIONS(ResearchStore)

public:
    // How the import binds its values. Automatic: through the SQLite C API when Qt's driver runs the very
    // SQLite library Outpace links (see SqliteStatement.h), else through Qt SQL; QtSqlOnly: always Qt SQL
    // (for tests of that path). The rows written are the same either way.
    enum class Binding { Automatic, QtSqlOnly };

    explicit ResearchStore(QSqlDatabase database, Binding binding = Binding::Automatic);

    // Reads the files while writing them, all in one transaction. A data set whose file is not given keeps
    // what an earlier import stored.
    Result<ResearchImportSummary> import(const ResearchImportFiles &files, const QDateTime &now);

    // Called with the number of label-set rows read so far; returning false cancels the import, which then
    // fails and leaves the database as it was.
    void setProgressHandler(std::function<bool(int rowsRead)> handler) { m_progress = std::move(handler); }

    // Whether a label set has been imported.
    Result<bool> hasLabelSet() const;
    // The imported tasks of an occupation, in the label set's order; empty when the code is unknown.
    Result<QList<LabelSetTask>> tasksOf(const QString &occupationCode) const;
    // Number of imported tasks and occupations, for status lines.
    Result<QPair<int, int>> counts() const;

    // Whether the last import bound its values through the SQLite C API.
    bool usedSqliteApi() const { return m_usedSqliteApi; }

private:
    struct Native; // the SQLite C API connection of an import, when it may be used

    Status importLabels(const QString &path, const Native &native, ResearchImportSummary *summary);
    Status importBls(const QString &path, const Native &native, ResearchImportSummary *summary);
    Status importApplicability(const QString &path, const Native &native, ResearchImportSummary *summary);
    Status recordImport(const QString &dataSet, const QString &path, int rows, const QDateTime &now);
    Status run(const QString &sql) const;

    QSqlDatabase m_database;
    Binding m_binding;
    bool m_usedSqliteApi = false;
    std::function<bool(int)> m_progress;
};

} // namespace outpace
