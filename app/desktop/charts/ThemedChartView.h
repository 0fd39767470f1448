#pragma once
// The base of every chart: keeps its data, and draws the chart again from it when the palette (light or
// dark) or the language changes, so no chart is ever left in the wrong colours or words. A chart is drawn
// when it is first painted: laying out a chart's axes and labels is costly, and a long page holds charts
// scrolled out of sight that may never be looked at.

#include <QChartView>

namespace outpace {

class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ThemedChartView(QWidget *parent = nullptr);
    // The chart as it is painted: anything not drawn yet is drawn first.
    QChart *drawnChart();

protected:
    // Asks for the chart to be drawn again from the data, at the next paint. Drawing clears the chart,
    // applies the theme, lets populate() add series and axes, then styles the axes.
    void redraw();
    // Adds the series and axes from the stored data; called with an empty chart already themed.
    virtual void populate(QChart *chart) = 0;
    // What a screen reader says about the chart beyond its name: the figures in words.
    virtual QString describe() const = 0;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void draw();
    bool m_drawn = false;
};

} // namespace outpace
