#pragma once
// One look for every chart: the theme follows the window's palette (light or dark), and the three
// battlefield classes keep the same colour-blind-safe colours everywhere (Okabe–Ito).

#include "scoring/RiskScorer.h"

#include <QColor>

class QChart;
class QPalette;

namespace outpace {

class ChartStyle
{
public:
    static QColor colour(Battlefield column);
    // A neutral accent for single-series charts, readable on light and dark backgrounds (Okabe–Ito blue).
    static QColor accent();
    // A second series beside the accent (hours next to progress): Okabe–Ito sky blue.
    static QColor secondary();
    // What was planned, drawn behind what was done: the palette's mid tone, so it reads as a guide line.
    static QColor planned(const QPalette &palette);
    // Sets the theme by the palette's lightness, then the background and text from the palette. The theme
    // recolours series, so series are coloured after this.
    static void applyTheme(QChart *chart, const QPalette &palette);
    // Axis labels, titles and grid in the palette's colours and the window's font.
    static void styleAxes(QChart *chart, const QPalette &palette);
    static void apply(QChart *chart, const QPalette &palette)
    {
        applyTheme(chart, palette);
        styleAxes(chart, palette);
    }
};

} // namespace outpace
