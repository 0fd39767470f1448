// Research data: reading the full label set, importing it into a database (compare with
// bench_research_import.sh, which times the whole outpace-cli process against sqlite3's .import), loading
// the built-in occupation table, and one search over every role and occupation (goal < 1 ms).

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"
#include "research/LabelSetReader.h"
#include "research/OccupationTable.h"
#include "research/ResearchStore.h"
#include "research/RoleSearch.h"
#include "scoring/TaskLabelling.h"
#include "storage/PersonalDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace outpace;

namespace {

const QString labelSet = QStringLiteral(OUTPACE_SHARED_DATA "/gpts-are-gpts/full_labelset.tsv");

void readLabelSet(benchmark::State &state)
{
    if (!QFileInfo::exists(labelSet)) {
        state.SkipWithError("../shared/data is not present");
        return;
    }
    for (auto _ : state) {
        int tasks = 0;
        const Status read = LabelSetReader::readFile(labelSet, [&tasks](const LabelSetTask &) {
            ++tasks;
            return success();
        });
        benchmark::DoNotOptimize(read.ok());
        state.counters["tasks"] = tasks;
    }
}
BENCHMARK(readLabelSet)->Unit(benchmark::kMillisecond);

void importLabelSet(benchmark::State &state, ResearchStore::Binding binding)
{
    if (!QFileInfo::exists(labelSet)) {
        state.SkipWithError("../shared/data is not present");
        return;
    }
    QTemporaryDir dir;
    DatabaseOptions options;
    options.automaticBackup = false;
    auto database = PersonalDatabase::open(dir.path(), nullptr, options);
    if (!database) {
        state.SkipWithError("cannot open a database");
        return;
    }
    ResearchStore store(database.value()->connection(), binding);
    for (auto _ : state) {
        // A re-import each time: the delete of the previous rows is part of what the user waits for.
        const Result<ResearchImportSummary> summary
            = store.import({labelSet, {}, {}}, QDateTime::currentDateTimeUtc());
        if (!summary)
            state.SkipWithError("import failed");
        benchmark::DoNotOptimize(summary.ok());
    }
}
// Through the SQLite C API when Qt's driver allows it (the product's path), and through Qt SQL only.
BENCHMARK_CAPTURE(importLabelSet, automatic, ResearchStore::Binding::Automatic)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);
BENCHMARK_CAPTURE(importLabelSet, qtSqlOnly, ResearchStore::Binding::QtSqlOnly)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

void loadOccupationTable(benchmark::State &state)
{
    for (auto _ : state) {
        QFile file(QStringLiteral(":/research/occupations.tsv"));
        file.open(QIODevice::ReadOnly);
        Result<OccupationTable> table = OccupationTable::read(file, QStringLiteral("occupations.tsv"));
        benchmark::DoNotOptimize(table.ok());
    }
}
BENCHMARK(loadOccupationTable)->Unit(benchmark::kMillisecond);

const RoleSearch &search()
{
    static const Catalog catalog = LabelledCatalog::loadBuiltIn().value();
    static const RoleSearch built(&catalog, &OccupationTable::builtIn().value());
    return built;
}

void searchOneQuery(benchmark::State &state)
{
    const RoleSearch &index = search();
    for (auto _ : state) {
        QList<SearchMatch> found = index.search(u"developpeur logiciel");
        benchmark::DoNotOptimize(found.size());
    }
}
BENCHMARK(searchOneQuery)->Unit(benchmark::kMicrosecond);

void searchByCode(benchmark::State &state)
{
    const RoleSearch &index = search();
    for (auto _ : state) {
        QList<SearchMatch> found = index.search(u"15-12");
        benchmark::DoNotOptimize(found.size());
    }
}
BENCHMARK(searchByCode)->Unit(benchmark::kMicrosecond);

void percentileOfEveryOccupation(benchmark::State &state)
{
    const OccupationTable &table = OccupationTable::builtIn().value();
    for (auto _ : state) {
        double sum = 0;
        for (const Occupation &o : table.occupations())
            sum += table.percentileAmongWorkers(o.code).value_or(0);
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(percentileOfEveryOccupation)->Unit(benchmark::kMicrosecond);

} // namespace
