#include "charts/ThemedChartView.h"

#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>

namespace outpace {

ThemedChartView::ThemedChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    chart()->legend()->hide();
}

void ThemedChartView::redraw()
{
    QChart *target = chart();
    target->removeAllSeries();
    for (QAbstractAxis *axis : target->axes()) {
        target->removeAxis(axis);
        delete axis;
    }
    ChartStyle::applyTheme(target, palette());
    populate(target);
    ChartStyle::styleAxes(target, palette());
    setAccessibleDescription(describe());
}

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        redraw();
}

} // namespace outpace
