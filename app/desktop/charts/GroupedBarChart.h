#pragma once
// Horizontal bars in groups: one group per category, one bar per series, on a 0–100 scale (the research
// lenses side by side, or two to four roles compared).

#include "charts/ThemedChartView.h"

#include <QColor>
#include <QList>
#include <QStringList>

namespace outpace {

class GroupedBarChart : public ThemedChartView
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QList<double> values; // one per category; NaN when the figure does not exist
        QColor colour;
    };

    explicit GroupedBarChart(QWidget *parent = nullptr);
    void setData(const QStringList &categories, const QList<Series> &series, const QString &valueTitle);

protected:
    void populate(QChart *chart) override;
    QString describe() const override;

private:
    QStringList m_categories;
    QList<Series> m_series;
    QString m_valueTitle;
};

} // namespace outpace
