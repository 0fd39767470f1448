#pragma once
// The modelled peers of a role (SCORING.md section 4): 20,000 workers drawn with a seed taken from the
// role id, so that "N% of peers are safer" is the same number on every machine and every run.

#include "catalog/Role.h"
#include "scoring/ScoringModel.h"

#include <QList>

#include <memory>

namespace outpace {

class PeerDistribution
{
public:
    // Draws the peers; about 20 ms for a role, so callers should prefer cachedFor().
    static PeerDistribution build(const Role &role, const ScoringModel &model = ScoringModel::builtIn());
    // Built once per role id and model version, then shared; safe to call from several threads.
    static std::shared_ptr<const PeerDistribution> cachedFor(
        const Role &role, const ScoringModel &model = ScoringModel::builtIn());

    const QList<double> &sortedRisks() const { return m_sortedRisks; }
    qsizetype size() const { return m_sortedRisks.size(); }
    // Share of peers (0..100) with a lower risk, counting ties as half.
    double percentileOf(double risk) const;
    double peersSaferThan(double risk) const { return 100 - percentileOf(risk); }
    // Peer counts in equal bins over 0..100; the last bin includes 100.
    QList<int> histogram(int bins) const;
    double median() const;

private:
    QList<double> m_sortedRisks;
};

} // namespace outpace
