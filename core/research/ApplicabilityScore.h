#pragma once
// How applicable AI is to one SOC occupation, measured from observed Copilot use (Tomlinson et al. 2025).

#include <QString>

namespace outpace {

struct ApplicabilityScore
{
    QString socCode; // 6-digit SOC, e.g. 15-1252
    QString title;
    double score = 0; // 0..1
};

} // namespace outpace
