#pragma once
// "N% of workers are in less exposed occupations" (SCORING.md section 2): the employment-weighted mid-rank
// of an occupation's exposure among all U.S. workers. An occupation's exposure here is the mean over the
// O*NET-SOC codes sharing its 6-digit SOC code, and its weight the BLS May 2021 employment of that code.
// The workers counted are those of every detailed BLS occupation that has at least one O*NET occupation in
// the label set (772 SOC codes in the May 2021 data; BLS codes without labels, and labelled codes the BLS
// does not publish, cannot be placed and are left out).

#include "research/Occupation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace outpace {

class WorkerPercentile
{
public:
    WorkerPercentile() = default;
    WorkerPercentile(const QList<Occupation> &occupations, ExposureLens lens);

    // Percent of workers (0..100) in occupations with a lower exposure than this SOC code, counting half of
    // those with an equal one. No value for a code without labels or when no employment is known.
    std::optional<double> percentileOfSoc(QStringView socCode) const;
    // Where an exposure (0..1) falls among all workers, by the same rule.
    std::optional<double> percentileOfExposure(double exposure) const;
    std::optional<double> exposureOfSoc(QStringView socCode) const;
    // Percent of the workers counted (0..100) in each of `bins` equal exposure bins over 0..1, lowest first;
    // an exposure of exactly 1 falls in the last bin. Empty when no employment is known.
    QList<double> distribution(int bins) const;

    qint64 totalEmployment() const { return m_total; }
    int rankedOccupations() const { return int(m_ranked.size()); }

private:
    struct Entry
    {
        double exposure;
        qint64 employment;
    };
    QList<Entry> m_ranked; // by exposure, ascending
    QHash<QString, double> m_socExposure;
    qint64 m_total = 0;
};

} // namespace outpace
