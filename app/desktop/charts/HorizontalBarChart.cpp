#include "charts/HorizontalBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

namespace outpace {

HorizontalBarChart::HorizontalBarChart(QWidget *parent)
    : ThemedChartView(parent)
{ }

void HorizontalBarChart::setBars(const QList<ChartBar> &bars, const QString &valueTitle, const QColor &colour)
{
    m_bars = bars;
    m_valueTitle = valueTitle;
    m_colour = colour;
    // Room for each bar's label at any font size; the page scrolls rather than squeezing the bars.
    setMinimumHeight(70 + int(bars.size()) * (fontMetrics().height() + 10));
    redraw();
}

void HorizontalBarChart::populate(QChart *chart)
{
    if (m_bars.isEmpty())
        return;
    auto *set = new QBarSet(m_valueTitle);
    QStringList labels;
    // Bars are drawn bottom-up, so the list is reversed to read top-down in the given order.
    for (auto bar = m_bars.crbegin(); bar != m_bars.crend(); ++bar) {
        *set << bar->value;
        labels << bar->label;
    }
    set->setColor(m_colour);
    set->setBorderColor(m_colour);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(m_valueTitle);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

QString HorizontalBarChart::describe() const
{
    QStringList parts;
    const QLocale locale;
    for (const ChartBar &bar : m_bars)
        parts << QStringLiteral("%1: %2").arg(bar.label, locale.toString(bar.value, 'f', 1));
    return parts.join(QStringLiteral("; "));
}

} // namespace outpace
