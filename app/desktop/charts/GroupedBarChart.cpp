#include "charts/GroupedBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace outpace {

GroupedBarChart::GroupedBarChart(QWidget *parent)
    : ThemedChartView(parent)
{
    setMinimumHeight(260);
}

void GroupedBarChart::setData(
    const QStringList &categories, const QList<Series> &series, const QString &valueTitle)
{
    m_categories = categories;
    m_series = series;
    m_valueTitle = valueTitle;
    redraw();
}

void GroupedBarChart::populate(QChart *chart)
{
    if (m_categories.isEmpty() || m_series.isEmpty())
        return;
    auto *bars = new QBarSeries;
    for (const Series &data : std::as_const(m_series)) {
        auto *set = new QBarSet(data.name);
        for (double value : data.values)
            *set << (std::isnan(value) ? 0.0 : value);
        if (data.colour.isValid()) {
            set->setColor(data.colour);
            set->setBorderColor(data.colour);
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(m_categories);
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(m_valueTitle);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(values);
    chart->legend()->setVisible(m_series.size() > 1);
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
