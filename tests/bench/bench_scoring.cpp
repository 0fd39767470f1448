// Scoring one audit (goal < 2 us), drawing a role's peers (goal < 20 ms, then cached), loading and
// validating the built-in catalog (goal < 5 ms).

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"
#include "scoring/AuditAnswers.h"
#include "scoring/PeerDistribution.h"
#include "scoring/RiskScorer.h"
#include "scoring/TaskLabelling.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace outpace;

namespace {

const Catalog &catalog()
{
    static const Catalog loaded = LabelledCatalog::loadBuiltIn().value();
    return loaded;
}

void scoreOneAudit(benchmark::State &state)
{
    const Role &role = *catalog().role(u"backend-developer");
    QFile file(QStringLiteral(OUTPACE_TEST_DATA "/answers/backend-senior.json"));
    file.open(QIODevice::ReadOnly);
    const AuditAnswers answers
        = AuditAnswers::fromJson(file.readAll(), file.fileName(), role, catalog()).value();
    const RiskScorer scorer;
    for (auto _ : state) {
        RiskResult result = scorer.score(role, answers);
        benchmark::DoNotOptimize(result.risk);
    }
}
BENCHMARK(scoreOneAudit);

void buildPeerDistribution(benchmark::State &state)
{
    const Role &role = *catalog().role(u"backend-developer");
    for (auto _ : state) {
        PeerDistribution peers = PeerDistribution::build(role);
        benchmark::DoNotOptimize(peers.sortedRisks().data());
    }
    state.SetLabel("20,000 peers");
}
BENCHMARK(buildPeerDistribution)->Unit(benchmark::kMillisecond);

void cachedPeerDistribution(benchmark::State &state)
{
    const Role &role = *catalog().role(u"backend-developer");
    PeerDistribution::cachedFor(role);
    for (auto _ : state)
        benchmark::DoNotOptimize(PeerDistribution::cachedFor(role).get());
}
BENCHMARK(cachedPeerDistribution);

void loadBuiltInCatalog(benchmark::State &state)
{
    ScoringModel::builtIn();
    for (auto _ : state) {
        Result<Catalog> loaded = LabelledCatalog::loadBuiltIn();
        benchmark::DoNotOptimize(loaded.ok());
    }
    state.SetLabel(QStringLiteral("%1 roles, %2 tools")
                       .arg(catalog().roles().size())
                       .arg(catalog().tools().size())
                       .toStdString());
}
BENCHMARK(loadBuiltInCatalog)->Unit(benchmark::kMillisecond);

// For comparison: the same catalog read and validated from its JSON sources.
void loadCatalogFromJson(benchmark::State &state)
{
    for (auto _ : state) {
        Result<Catalog> loaded
            = LabelledCatalog::loadFromDirectory(QStringLiteral(OUTPACE_SOURCE_DIR "/resources/catalog"));
        benchmark::DoNotOptimize(loaded.ok());
    }
}
BENCHMARK(loadCatalogFromJson)->Unit(benchmark::kMillisecond);

} // namespace
