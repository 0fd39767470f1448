#pragma once
// A horizontal waterfall: each part moves the running total, and the last bar is the total, so the
// parts visibly add up to the score as printed.

#include "charts/ChartBar.h"
#include "charts/ThemedChartView.h"

#include <QList>

namespace outpace {

class WaterfallChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit WaterfallChart(QWidget *parent = nullptr);
    // parts in order; total is drawn last from zero under totalLabel.
    void setParts(const QList<ChartBar> &parts, const ChartBar &total, const QString &valueTitle);

protected:
    void populate(QChart *chart) override;
    QString describe() const override;

private:
    QList<ChartBar> m_parts;
    ChartBar m_total;
    QString m_valueTitle;
};

} // namespace outpace
