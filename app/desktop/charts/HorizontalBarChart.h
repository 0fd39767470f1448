#pragma once
// Horizontal bars, one per labelled figure on a 0–100 scale, in the order given (the skill resilience
// chart: most exposed first).

#include "charts/ChartBar.h"
#include "charts/ThemedChartView.h"

#include <QColor>
#include <QList>

namespace outpace {

class HorizontalBarChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit HorizontalBarChart(QWidget *parent = nullptr);
    void setBars(const QList<ChartBar> &bars, const QString &valueTitle, const QColor &colour);

protected:
    void populate(QChart *chart) override;
    QString describe() const override;

private:
    QList<ChartBar> m_bars;
    QString m_valueTitle;
    QColor m_colour;
};

} // namespace outpace
