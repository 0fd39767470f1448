#pragma once
// What the oracle tests of the occupation table share: the built-in table and the exposure figures the
// paper's data release publishes (SOURCES.md), compared to four decimals.

#include "research/OccupationTable.h"

#include <QtGlobal>

#include <cmath>

inline double round4(double value)
{
    return std::round(value * 10000) / 10000;
}

inline const outpace::OccupationTable &builtInTable()
{
    const outpace::Result<outpace::OccupationTable> &built = outpace::OccupationTable::builtIn();
    if (!built)
        qFatal("built-in table: %s", qPrintable(built.error()));
    return built.value();
}

struct PublishedExposure
{
    const char *code;
    double gpt4;
    double human; // negative when SOURCES.md gives no human figure
};

// SOURCES.md: GPT-4 beta / human beta of the occupations the paper's data release names.
inline constexpr PublishedExposure publishedExposures[] = {
    {"15-1252.00", 0.8684, 0.4474},
    {"15-1254.00", 0.9327, 0.6346},
    {"13-2011.00", 0.56, -1},
    {"29-1141.00", 0.3333, -1},
    {"35-9021.00", 0.0, 0.0},
};
