#pragma once
// Task-level research data in the user's database: the whole label set (every task of every occupation with
// its labels), and optionally the BLS and Microsoft figures. An import is one transaction: it replaces what a
// previous import of the same files stored, and on any error, in the files or in SQLite, nothing changes.
// The tables are created on first import (CREATE TABLE IF NOT EXISTS, inside that same transaction); see
// schemaStatements() for hooking them into the numbered storage migrations instead.

#include "common/Result.h"
#include "research/LabelSetTask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

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
    explicit ResearchStore(QSqlDatabase database);

    // Reads the files while writing them, all in one transaction. A data set whose file is not given keeps
    // what an earlier import stored.
    Result<ResearchImportSummary> import(const ResearchImportFiles &files, const QDateTime &now);

    // Whether a label set has been imported.
    Result<bool> hasLabelSet() const;
    // The imported tasks of an occupation, in the label set's order; empty when the code is unknown.
    Result<QList<LabelSetTask>> tasksOf(const QString &occupationCode) const;
    // Number of imported tasks and occupations, for status lines.
    Result<QPair<int, int>> counts() const;

    // The statements that create the research tables, idempotent.
    static QStringList schemaStatements();

private:
    Status importLabels(const QString &path, ResearchImportSummary *summary);
    Status importBls(const QString &path, ResearchImportSummary *summary);
    Status importApplicability(const QString &path, ResearchImportSummary *summary);
    Status recordImport(const QString &dataSet, const QString &path, int rows, const QDateTime &now);
    Status run(const QString &sql) const;
    static QString taskIndexStatement();

    QSqlDatabase m_database;
};

} // namespace outpace
