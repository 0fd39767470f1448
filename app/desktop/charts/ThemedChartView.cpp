#include "charts/ThemedChartView.h"

#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>

namespace outpace {

ThemedChartView::ThemedChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    chart()->legend()->hide();
}

QChart *ThemedChartView::drawnChart()
{
    if (!m_drawn)
        draw();
    return chart();
}

void ThemedChartView::redraw()
{
    // A screen reader hears the figures at once, drawn or not.
    setAccessibleDescription(describe());
    m_drawn = false;
    viewport()->update();
}

void ThemedChartView::draw()
{
    m_drawn = true;
    QChart *target = chart();
    target->removeAllSeries();
    for (QAbstractAxis *axis : target->axes()) {
        target->removeAxis(axis);
        delete axis;
    }
    ChartStyle::applyTheme(target, palette());
    populate(target);
    ChartStyle::styleAxes(target, palette());
    // Laid out now, so the paint that asked for the drawing shows it whole.
    if (QGraphicsLayout *layout = target->layout())
        layout->activate();
}

bool ThemedChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_drawn)
        draw();
    return QChartView::viewportEvent(event);
}

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        redraw();
}

} // namespace outpace
