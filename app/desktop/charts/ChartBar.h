#pragma once
// One labelled figure for a chart; the charts take plain figures, so they never need to know where the
// figures come from (core computes them all).

#include <QString>

namespace outpace {

struct ChartBar
{
    QString label;
    double value = 0;
};

} // namespace outpace
