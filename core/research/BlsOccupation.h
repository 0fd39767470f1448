#pragma once
// Employment and wage of one detailed SOC occupation, from the BLS OEWS national table (May 2021).

#include <QString>

#include <optional>

namespace outpace {

struct BlsOccupation
{
    QString socCode; // 6-digit SOC 2018, e.g. 15-1252
    QString title;
    std::optional<qint64> employment; // TOT_EMP; absent when the BLS suppresses it
    std::optional<int> medianWage;    // A_MEDIAN in USD a year
    bool medianWageTopCoded = false;  // "#": at or above the BLS's top code, no exact figure
};

} // namespace outpace
