#include "research/WorkerPercentile.h"

#include <algorithm>
#include <cmath>

namespace outpace {

namespace {

// Means over a different number of codes can differ in the last bits for equal values; they are ties.
constexpr double tieTolerance = 1e-9;

} // namespace

WorkerPercentile::WorkerPercentile(const QList<Occupation> &occupations, ExposureLens lens)
{
    struct Sum
    {
        double total = 0;
        int count = 0;
        std::optional<qint64> employment;
    };
    QHash<QString, Sum> sums;
    for (const Occupation &o : occupations) {
        Sum &sum = sums[o.socCode];
        sum.total += o.exposure(lens).beta;
        ++sum.count;
        if (o.employment)
            sum.employment = o.employment;
    }
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        const double exposure = it->total / it->count;
        m_socExposure.insert(it.key(), exposure);
        if (it->employment && *it->employment > 0) {
            m_ranked.append({exposure, *it->employment});
            m_total += *it->employment;
        }
    }
    std::sort(m_ranked.begin(), m_ranked.end(), [](const Entry &a, const Entry &b) {
        return a.exposure < b.exposure || (a.exposure == b.exposure && a.employment < b.employment);
    });
}

std::optional<double> WorkerPercentile::exposureOfSoc(QStringView socCode) const
{
    const auto it = m_socExposure.constFind(socCode.toString());
    if (it == m_socExposure.constEnd())
        return std::nullopt;
    return *it;
}

QList<double> WorkerPercentile::distribution(int bins) const
{
    if (m_total <= 0 || bins <= 0)
        return {};
    QList<double> shares(bins, 0.0);
    for (const Entry &entry : m_ranked) {
        const int bin = std::clamp(int(entry.exposure * bins), 0, bins - 1);
        shares[bin] += 100.0 * double(entry.employment) / double(m_total);
    }
    return shares;
}

std::optional<double> WorkerPercentile::percentileOfExposure(double exposure) const
{
    if (m_total <= 0)
        return std::nullopt;
    qint64 lower = 0;
    qint64 equal = 0;
    for (const Entry &entry : m_ranked) {
        if (entry.exposure < exposure - tieTolerance)
            lower += entry.employment;
        else if (entry.exposure <= exposure + tieTolerance)
            equal += entry.employment;
        else
            break;
    }
    return 100.0 * (double(lower) + 0.5 * double(equal)) / double(m_total);
}

std::optional<double> WorkerPercentile::percentileOfSoc(QStringView socCode) const
{
    const std::optional<double> exposure = exposureOfSoc(socCode);
    if (!exposure)
        return std::nullopt;
    return percentileOfExposure(*exposure);
}

} // namespace outpace
