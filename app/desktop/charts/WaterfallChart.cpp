#include "charts/WaterfallChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace outpace {

WaterfallChart::WaterfallChart(QWidget *parent)
    : ThemedChartView(parent)
{ }

void WaterfallChart::setParts(const QList<ChartBar> &parts, const ChartBar &total, const QString &valueTitle)
{
    m_parts = parts;
    m_total = total;
    m_valueTitle = valueTitle;
    setMinimumHeight(80 + int(parts.size() + 1) * (fontMetrics().height() + 10));
    redraw();
}

void WaterfallChart::populate(QChart *chart)
{
    if (m_parts.isEmpty())
        return;
    // Three stacked sets: an invisible offset, then what adds to the score and what takes away from it.
    auto *offset = new QBarSet(QString());
    auto *adds = new QBarSet(QString());
    auto *removes = new QBarSet(QString());
    struct Row
    {
        QString label;
        double offset, adds, removes;
    };
    QList<Row> rows;
    double running = 0;
    double lowest = 0;
    double highest = 0;
    for (const ChartBar &part : std::as_const(m_parts)) {
        const double start = running;
        running += part.value;
        rows.append(
            {part.label, std::min(start, running), std::max(part.value, 0.0), std::max(-part.value, 0.0)});
        lowest = std::min(lowest, running);
        highest = std::max(highest, running);
    }
    rows.append({m_total.label, 0, m_total.value, 0});
    highest = std::max(highest, m_total.value);
    QStringList labels;
    for (auto row = rows.crbegin(); row != rows.crend(); ++row) {
        *offset << row->offset;
        *adds << row->adds;
        *removes << row->removes;
        labels << row->label;
    }
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    adds->setColor(ChartStyle::colour(Battlefield::AutomatedAlready));
    adds->setBorderColor(adds->color());
    removes->setColor(ChartStyle::colour(Battlefield::SafeForNow));
    removes->setBorderColor(removes->color());
    auto *series = new QHorizontalStackedBarSeries;
    series->append({offset, adds, removes});
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(std::min(0.0, lowest), std::max(10.0, highest * 1.1));
    values->applyNiceNumbers();
    values->setTitleText(m_valueTitle);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

QString WaterfallChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (const ChartBar &part : m_parts)
        parts << QStringLiteral("%1: %2").arg(part.label, locale.toString(part.value, 'f', 1));
    parts << QStringLiteral("%1: %2").arg(m_total.label, locale.toString(m_total.value, 'f', 1));
    return parts.join(QStringLiteral("; "));
}

} // namespace outpace
