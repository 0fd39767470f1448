#pragma once
// A roadmap week by week: the share of steps done against the plan line, and the hours spent learning as
// bars, so a user sees at a glance whether they keep pace.

#include "charts/ThemedChartView.h"
#include "personal/RoadmapTracker.h"

#include <QList>

namespace outpace {

class ProgressChart : public ThemedChartView
{
    Q_OBJECT

public:
    // More weeks than this would crowd the axis; the chart shows the latest ones.
    static constexpr int maximumWeeks = 26;

    explicit ProgressChart(QWidget *parent = nullptr);
    void setWeeks(const QList<WeekPoint> &weeks);
    // The weeks drawn (the latest maximumWeeks).
    const QList<WeekPoint> &shownWeeks() const { return m_weeks; }

protected:
    void populate(QChart *chart) override;
    QString describe() const override;

private:
    QList<WeekPoint> m_weeks;
};

} // namespace outpace
