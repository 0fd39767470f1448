#include "charts/HistoryChart.h"

#include "charts/ChartStyle.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace outpace {

HistoryChart::HistoryChart(QWidget *parent)
    : ThemedChartView(parent)
{
    setMinimumHeight(220);
}

void HistoryChart::setPoints(const QList<Point> &points, const QString &valueTitle)
{
    m_points = points;
    m_valueTitle = valueTitle;
    redraw();
}

void HistoryChart::populate(QChart *chart)
{
    if (m_points.isEmpty())
        return;
    auto *line = new QLineSeries;
    for (const Point &point : std::as_const(m_points))
        line->append(double(point.when.toMSecsSinceEpoch()), point.value);
    line->setPen(QPen(ChartStyle::accent(), 2.5));
    line->setPointsVisible(true);
    chart->addSeries(line);
    connect(line, &QLineSeries::clicked, this, [this](const QPointF &at) {
        // The point nearest in time to where the click landed on the line.
        int nearest = 0;
        for (int i = 1; i < m_points.size(); ++i) {
            if (std::abs(double(m_points[i].when.toMSecsSinceEpoch()) - at.x())
                < std::abs(double(m_points[nearest].when.toMSecsSinceEpoch()) - at.x()))
                nearest = i;
        }
        emit pointClicked(nearest);
    });
    auto *time = new QDateTimeAxis;
    time->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    QDateTime first = m_points.first().when;
    QDateTime last = m_points.last().when;
    if (first == last)
        last = first.addDays(1);
    time->setRange(first.addSecs(-3600 * 12), last.addSecs(3600 * 12));
    time->setTickCount(qBound(2, int(m_points.size()), 6));
    chart->addAxis(time, Qt::AlignBottom);
    line->attachAxis(time);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(m_valueTitle);
    chart->addAxis(values, Qt::AlignLeft);
    line->attachAxis(values);
}

QString HistoryChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (const Point &point : m_points)
        parts << QStringLiteral("%1: %2").arg(
            locale.toString(point.when.date(), QLocale::ShortFormat), locale.toString(point.value, 'f', 1));
    return parts.join(QStringLiteral("; "));
}

} // namespace outpace
