#include "scoring/PeerDistribution.h"

#include "scoring/PeerRandom.h"
#include "scoring/RiskScorer.h"

#include <QHash>
#include <QMutex>

#include <algorithm>
#include <vector>

namespace outpace {

namespace {

// Some earlier code (seen with the benchmark library and Qt's AVX-512 string copies) can leave the upper
// halves of the vector registers dirty; every SSE instruction in libm's log and exp then pays a
// transition penalty, which made the peer draw ten times slower. Clearing them once before the loop
// avoids it; the instruction only exists, and is only run, where the processor has AVX.
void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx"))
        asm volatile("vzeroupper" ::: "memory");
#endif
}

} // namespace

PeerDistribution PeerDistribution::build(const Role &role, const ScoringModel &model)
{
    clearUpperVectorState();
    const RiskScorer scorer(model);
    const QList<double> weights = scorer.defaultShares(role);
    const qsizetype taskCount = role.tasks.size();

    // Each of the role's tools (landscape or to learn) is one a peer may use weekly.
    const int toolCount = int(role.tools.size());
    const double weeklyCredit = model.creditOf(ToolFrequency::Weekly);

    const PeerAssumptions peers = model.peersOf(role);
    std::array<double, 4> cumulativeMix{};
    double running = 0;
    for (int i = 0; i < 4; ++i) {
        running += peers.experienceMix[i];
        cumulativeMix[i] = running;
    }

    std::vector<PeerRandom::GammaShape> shapes;
    shapes.reserve(size_t(taskCount));
    for (qsizetype t = 0; t < taskCount; ++t)
        shapes.emplace_back(weights[t] > 0 ? model.peerConcentration * weights[t] : 1.0);

    PeerRandom random(PeerRandom::seedFor(role.id));
    QList<double> draws(taskCount);
    PeerDistribution distribution;
    distribution.m_sortedRisks.reserve(model.peerCount);
    for (int peer = 0; peer < model.peerCount; ++peer) {
        // Time shares ~ Dirichlet(concentration * w): normalised gamma draws.
        double total = 0;
        for (qsizetype t = 0; t < taskCount; ++t) {
            draws[t] = weights[t] > 0 ? random.gamma(shapes[size_t(t)]) : 0.0;
            total += draws[t];
        }
        double automation = 0;
        for (qsizetype t = 0; t < taskCount; ++t)
            automation += draws[t] * role.tasks[t].labels.automation;
        automation = total > 0 ? 100 * automation / total : 0.0;

        const double pick = random.uniform() * running;
        int level = 0;
        while (level < 3 && pick >= cumulativeMix[level])
            ++level;

        double credit = 0;
        for (int tool = 0; tool < toolCount; ++tool) {
            if (random.uniform() < peers.toolAdoption)
                credit += weeklyCredit;
        }
        const double fluency = std::min(1.0, credit / model.toolsForFullFluency);
        distribution.m_sortedRisks << scorer.riskFrom(automation, model.experienceFactor[level], fluency);
    }
    std::sort(distribution.m_sortedRisks.begin(), distribution.m_sortedRisks.end());
    return distribution;
}

std::shared_ptr<const PeerDistribution> PeerDistribution::cachedFor(
    const Role &role, const ScoringModel &model)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const PeerDistribution>> cache;
    const QString key = role.id + QLatin1Char('@') + model.version;
    {
        QMutexLocker lock(&mutex);
        if (auto found = cache.value(key))
            return found;
    }
    auto built = std::make_shared<const PeerDistribution>(build(role, model));
    QMutexLocker lock(&mutex);
    cache.insert(key, built);
    return built;
}

double PeerDistribution::percentileOf(double risk) const
{
    if (m_sortedRisks.isEmpty())
        return 0;
    const auto lower = std::lower_bound(m_sortedRisks.begin(), m_sortedRisks.end(), risk);
    const auto upper = std::upper_bound(lower, m_sortedRisks.end(), risk);
    const double below = double(lower - m_sortedRisks.begin());
    const double equal = double(upper - lower);
    return 100 * (below + 0.5 * equal) / double(m_sortedRisks.size());
}

QList<int> PeerDistribution::histogram(int bins) const
{
    // The risks are sorted, so each bin's edge is found by bisection rather than by a pass over 20,000 peers:
    // a what-if view asks for the histogram on every change.
    const int count = std::max(1, bins);
    QList<int> counts(count, 0);
    const auto firstInBin = [this, count](int bin) {
        return std::partition_point(m_sortedRisks.begin(), m_sortedRisks.end(),
            [count, bin](double risk) { return risk / 100 * count < bin; });
    };
    auto from = m_sortedRisks.begin();
    for (int bin = 0; bin < count; ++bin) {
        const auto to = bin == count - 1 ? m_sortedRisks.end() : firstInBin(bin + 1);
        counts[bin] = int(to - from);
        from = to;
    }
    return counts;
}

double PeerDistribution::median() const
{
    if (m_sortedRisks.isEmpty())
        return 0;
    const qsizetype n = m_sortedRisks.size();
    return n % 2 ? m_sortedRisks[n / 2] : (m_sortedRisks[n / 2 - 1] + m_sortedRisks[n / 2]) / 2;
}

} // namespace outpace
