#pragma once
// A distribution as a histogram on a 0–100 axis with vertical markers: the role among all workers, or
// you among your modelled peers (a dashed "ghost" marker shows a what-if).

#include "charts/ThemedChartView.h"

#include <QList>

namespace outpace {

class HistogramChart : public ThemedChartView
{
    Q_OBJECT

public:
    struct Bin
    {
        double from = 0;
        double to = 0;
        double share = 0; // percent of the whole
    };
    struct Marker
    {
        double value = 0;
        QString label;
        bool ghost = false;
    };

    explicit HistogramChart(QWidget *parent = nullptr);
    void setDistribution(const QList<Bin> &bins, const QString &xTitle, const QString &yTitle);
    void setMarkers(const QList<Marker> &markers);

protected:
    void populate(QChart *chart) override;
    QString describe() const override;

private:
    QList<Bin> m_bins;
    QList<Marker> m_markers;
    QString m_xTitle;
    QString m_yTitle;
};

} // namespace outpace
