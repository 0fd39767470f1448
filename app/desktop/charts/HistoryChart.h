#pragma once
// The scores of your saved audits over time, as a line.

#include "charts/ThemedChartView.h"

#include <QDateTime>
#include <QList>

namespace outpace {

class HistoryChart : public ThemedChartView
{
    Q_OBJECT

public:
    struct Point
    {
        QDateTime when;
        double value = 0;
    };

    explicit HistoryChart(QWidget *parent = nullptr);
    void setPoints(const QList<Point> &points, const QString &valueTitle);

signals:
    // A point was clicked: its index in the points given.
    void pointClicked(int index);

protected:
    void populate(QChart *chart) override;
    QString describe() const override;

private:
    QList<Point> m_points;
    QString m_valueTitle;
};

} // namespace outpace
