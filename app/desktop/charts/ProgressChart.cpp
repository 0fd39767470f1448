#include "charts/ProgressChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace outpace {

ProgressChart::ProgressChart(QWidget *parent)
    : ThemedChartView(parent)
{
    setMinimumHeight(260);
    chart()->legend()->show();
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ProgressChart::setWeeks(const QList<WeekPoint> &weeks)
{
    m_weeks = weeks.mid(std::max<qsizetype>(0, weeks.size() - maximumWeeks));
    redraw();
}

void ProgressChart::populate(QChart *chart)
{
    chart->legend()->setVisible(!m_weeks.isEmpty());
    if (m_weeks.isEmpty())
        return;
    QStringList weekLabels;
    auto *hours = new QBarSet(tr("Hours learning"));
    hours->setColor(ChartStyle::secondary());
    hours->setBorderColor(ChartStyle::secondary());
    auto *planned = new QLineSeries;
    planned->setName(tr("Planned"));
    auto *done = new QLineSeries;
    done->setName(tr("Done"));
    double mostHours = 0;
    for (int i = 0; i < m_weeks.size(); ++i) {
        const WeekPoint &point = m_weeks[i];
        // The number alone: half a year of weeks must fit under the bars, and the axis title says what it is.
        weekLabels << QString::number(point.week.week());
        *hours << point.hours;
        mostHours = std::max(mostHours, point.hours);
        planned->append(i, point.planned * 100);
        done->append(i, point.actual * 100);
    }
    auto *bars = new QBarSeries;
    bars->append(hours);
    bars->setBarWidth(0.5);
    chart->addSeries(bars);
    chart->addSeries(planned);
    chart->addSeries(done);
    planned->setPen(QPen(ChartStyle::planned(palette()), 2, Qt::DashLine));
    done->setPen(QPen(ChartStyle::accent(), 3));
    // With few weeks a line is a dot or two: the points say where each week stands.
    done->setPointsVisible(m_weeks.size() <= 12);
    planned->setPointsVisible(m_weeks.size() <= 12);

    auto *weeksAxis = new QBarCategoryAxis;
    weeksAxis->append(weekLabels);
    weeksAxis->setTitleText(tr("ISO week"));
    chart->addAxis(weeksAxis, Qt::AlignBottom);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(weeksAxis);
    auto *share = new QValueAxis;
    // A little room above 100 %, so a plan line that has reached the end stays visible above the frame.
    share->setRange(0, 105);
    share->setTickType(QValueAxis::TicksDynamic);
    share->setTickAnchor(0);
    share->setTickInterval(20);
    share->setLabelFormat(QStringLiteral("%.0f"));
    share->setTitleText(tr("Steps done (%)"));
    chart->addAxis(share, Qt::AlignLeft);
    planned->attachAxis(share);
    done->attachAxis(share);
    auto *hoursAxis = new QValueAxis;
    const double hoursTop = std::max(5.0, std::ceil(mostHours / 5) * 5);
    hoursAxis->setRange(0, hoursTop * 1.05);
    hoursAxis->setTickType(QValueAxis::TicksDynamic);
    hoursAxis->setTickAnchor(0);
    hoursAxis->setTickInterval(hoursTop / 5);
    hoursAxis->setLabelFormat(QStringLiteral("%.0f"));
    hoursAxis->setTitleText(tr("Hours"));
    hoursAxis->setGridLineVisible(false);
    chart->addAxis(hoursAxis, Qt::AlignRight);
    bars->attachAxis(hoursAxis);
}

QString ProgressChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (const WeekPoint &point : m_weeks) {
        //: One week of the progress chart for a screen reader: week, share done, share planned, hours.
        parts << tr("%1: %2 % done, %3 % planned, %4 h")
                     .arg(point.week.toString(), locale.toString(point.actual * 100, 'f', 0),
                         locale.toString(point.planned * 100, 'f', 0), locale.toString(point.hours, 'f', 1));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace outpace
