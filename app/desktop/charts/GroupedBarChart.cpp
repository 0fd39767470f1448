#include "charts/GroupedBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace outpace {

GroupedBarChart::GroupedBarChart(QWidget *parent)
    : ThemedChartView(parent)
{
    setMinimumHeight(200);
}

void GroupedBarChart::setData(
    const QStringList &categories, const QList<Series> &series, const QString &valueTitle)
{
    m_categories = categories;
    m_series = series;
    m_valueTitle = valueTitle;
    const int bars = int(categories.size() * std::max<qsizetype>(1, series.size()));
    setMinimumHeight(std::max(200, 90 + bars * (fontMetrics().height() + 6)));
    redraw();
}

void GroupedBarChart::populate(QChart *chart)
{
    if (m_categories.isEmpty() || m_series.isEmpty())
        return;
    auto *bars = new QHorizontalBarSeries;
    // Horizontal bars leave the category names room to be read whole; drawn bottom-up, so reversed.
    for (auto data = m_series.crbegin(); data != m_series.crend(); ++data) {
        auto *set = new QBarSet(data->name);
        for (auto value = data->values.crbegin(); value != data->values.crend(); ++value)
            *set << (std::isnan(*value) ? 0.0 : *value);
        set->setLabelColor(palette().color(QPalette::Text));
        if (data->colour.isValid()) {
            set->setColor(data->colour);
            set->setBorderColor(data->colour);
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    QStringList reversed(m_categories.crbegin(), m_categories.crend());
    categories->append(reversed);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(m_valueTitle);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->setVisible(m_series.size() > 1);
    // The sets were added last first (bars are drawn bottom-up); the legend reads in the given order.
    chart->legend()->setReverseMarkers(true);
    chart->legend()->setAlignment(Qt::AlignTop);
}

QString GroupedBarChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (const Series &data : m_series) {
        for (qsizetype i = 0; i < m_categories.size() && i < data.values.size(); ++i) {
            if (!std::isnan(data.values[i]))
                parts << QStringLiteral("%1, %2: %3")
                             .arg(data.name, m_categories[i], locale.toString(data.values[i], 'f', 1));
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace outpace
