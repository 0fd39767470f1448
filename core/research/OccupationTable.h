#pragma once
// Every O*NET occupation with its research figures, as committed in resources/research/occupations.tsv.
// This is what lets any worker open their occupation as a role, with no import: lookups by code, the
// percentile among all workers, and neighbours in the SOC code family.

#include "common/Result.h"
#include "research/Occupation.h"
#include "research/WorkerPercentile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QIODevice;

namespace outpace {

class OccupationTable
{
    Q_DECLARE_TR_FUNCTIONS(OccupationTable)

public:
    OccupationTable() = default;
    explicit OccupationTable(QList<Occupation> occupations);

    // The table compiled into the program (":/research/occupations.tsv"), read and checked once.
    static const Result<OccupationTable> &builtIn();
    static Result<OccupationTable> read(QIODevice &device, const QString &sourceName);
    // The committed format: a header line and one tab-separated line per occupation, sorted by code.
    static QByteArray write(const QList<Occupation> &occupations);
    static QStringList columns();

    const QList<Occupation> &occupations() const { return m_occupations; }
    // By O*NET-SOC code ("15-1252.00"); a 6-digit SOC code ("15-1252") gives its first O*NET occupation.
    const Occupation *occupation(QStringView code) const;

    // SCORING.md section 2, with the lens's beta as exposure; no value when the code is unknown.
    std::optional<double> percentileAmongWorkers(QStringView code, Lens lens = Lens::Gpt4) const;
    const WorkerPercentile &percentiles(Lens lens) const
    {
        return lens == Lens::Human ? m_humanPercentile : m_gpt4Percentile;
    }

    // Occupations of the same code family, nearest first: the same SOC code, then the same broad group
    // (15-125x), then the same minor group (15-12xx); within a level, closest GPT-4 exposure first.
    QList<const Occupation *> similarOccupations(QStringView code, int limit = 6) const;

private:
    QList<Occupation> m_occupations;
    QHash<QString, qsizetype> m_index;
    WorkerPercentile m_gpt4Percentile;
    WorkerPercentile m_humanPercentile;
};

} // namespace outpace
