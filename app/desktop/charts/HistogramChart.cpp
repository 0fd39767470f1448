#include "charts/HistogramChart.h"

#include "charts/ChartStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace outpace {

HistogramChart::HistogramChart(QWidget *parent)
    : ThemedChartView(parent)
{
    setMinimumHeight(240);
}

void HistogramChart::setDistribution(const QList<Bin> &bins, const QString &xTitle, const QString &yTitle)
{
    m_bins = bins;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    redraw();
}

void HistogramChart::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    redraw();
}

void HistogramChart::populate(QChart *chart)
{
    if (m_bins.isEmpty())
        return;
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(m_xTitle);
    auto *y = new QValueAxis;
    double highest = 0;
    for (const Bin &bin : std::as_const(m_bins))
        highest = std::max(highest, bin.share);
    y->setRange(0, highest > 0 ? highest * 1.15 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(m_yTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The bars as one stepped outline filled down to zero.
    auto *upper = new QLineSeries;
    for (const Bin &bin : std::as_const(m_bins)) {
        upper->append(bin.from, 0);
        upper->append(bin.from, bin.share);
        upper->append(bin.to, bin.share);
        upper->append(bin.to, 0);
    }
    auto *bars = new QAreaSeries(upper);
    // An area series does not own its outline: tie it to the bars, which the chart deletes on redraw.
    upper->setParent(bars);
    QColor fill = ChartStyle::accent();
    fill.setAlpha(150);
    bars->setBrush(fill);
    bars->setPen(QPen(ChartStyle::accent(), 1));
    chart->addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);

    for (const Marker &marker : std::as_const(m_markers)) {
        auto *line = new QLineSeries;
        line->setName(marker.label);
        line->append(marker.value, 0);
        line->append(marker.value, y->max());
        QPen pen(ChartStyle::colour(Battlefield::AutomatedAlready), 3);
        if (marker.ghost)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // Only the markers need a legend entry: they are what the sentence beside the chart talks about.
    chart->legend()->setVisible(!m_markers.isEmpty());
    chart->legend()->setAlignment(Qt::AlignTop);
    const auto legendMarkers = chart->legend()->markers(bars);
    for (QLegendMarker *legendMarker : legendMarkers)
        legendMarker->setVisible(false);
}

QString HistogramChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (const Marker &marker : m_markers)
        parts << QStringLiteral("%1: %2").arg(marker.label, locale.toString(marker.value, 'f', 1));
    return parts.join(QStringLiteral("; "));
}

} // namespace outpace
