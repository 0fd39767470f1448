#pragma once
// The report's charts, drawn as vectors with QPainter (sharp at any zoom, and no display needed): bars, a
// histogram with a marker, a waterfall that adds up to a score, and the roadmap's progress line.

#include "ReportComposer.h"

#include "personal/RoadmapTracker.h"

#include <QList>
#include <QString>

namespace outpace {

class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)

public:
    struct Bin
    {
        double from = 0; // 0..100 on the x axis
        double to = 0;
        double value = 0; // any unit; bars are scaled to the tallest
    };
    struct Bar
    {
        QString label;
        double from = 0; // 0..100; a waterfall step starts where the previous one ended
        double to = 0;
        QString value; // as printed at the bar's end
        QColor colour;
        bool bold = false;
    };

    // One row per bar, label on the left, the bar on a 0..100 scale, its value on the right.
    static void bars(ReportComposer &composer, const QList<Bar> &bars, const QString &scaleCaption);
    // Columns over 0..100 with a marker line at `marker`, labelled `markerLabel`.
    static void histogram(ReportComposer &composer, const QList<Bin> &bins, double marker,
        const QString &markerLabel, const QString &axisTitle, const QString &valueCaption);
    // Completion against plan week by week (0..1), with hours of learning as bars behind.
    static void progress(ReportComposer &composer, const QList<WeekPoint> &weeks);
};

} // namespace outpace
