#include "ReportCharts.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace outpace {

namespace {

void drawTextAt(QPainter &painter, const QFont &font, const QColor &colour, QPointF baseline,
    const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    painter.setFont(font);
    painter.setPen(colour);
    const qreal width = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
    if (alignment & Qt::AlignRight)
        baseline.rx() -= width;
    else if (alignment & Qt::AlignHCenter)
        baseline.rx() -= width / 2;
    painter.drawText(baseline, text);
}

} // namespace

void ReportCharts::bars(ReportComposer &composer, const QList<Bar> &bars, const QString &scaleCaption)
{
    const ReportStyle &style = composer.style();
    const QFont font = style.font(ReportStyle::Text::Small);
    const QFont boldFont = style.font(ReportStyle::Text::Small, true);
    const QFont labelFont = style.font(ReportStyle::Text::Label);
    const qreal width = composer.width();
    const qreal labelWidth = width * 0.40;
    const qreal valueWidth = style.pt(44);
    const qreal barLeft = labelWidth + style.pt(8);
    const qreal barWidth = width - barLeft - valueWidth;
    const qreal padding = style.pt(2);
    const qreal thin = style.pt(0.4);

    // The scale: 0, 50 and 100 over the bars' column, above the first bar.
    const qreal scaleHeight = composer.lineHeight(labelFont) + style.pt(2);
    const QString caption = scaleCaption;
    composer.drawing(
        scaleHeight,
        [=](QPainter &painter, QPointF at) {
            const qreal baseline = at.y() + scaleHeight - style.pt(3);
            drawTextAt(painter, labelFont, ReportStyle::muted(), QPointF(at.x(), baseline), caption);
            for (int tick : {0, 50, 100})
                drawTextAt(painter, labelFont, ReportStyle::muted(),
                    QPointF(at.x() + barLeft + barWidth * tick / 100.0, baseline), QString::number(tick),
                    tick == 0 ? Qt::AlignLeft : (tick == 100 ? Qt::AlignRight : Qt::AlignHCenter));
        },
        style.pt(6));
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar bar = bars[i];
        const ReportComposer::Text label = composer.layOut(bar.label, bar.bold ? boldFont : font, labelWidth);
        const qreal height = std::max(label.height, composer.lineHeight(font)) + 2 * padding;
        const bool last = i + 1 == bars.size();
        composer.drawing(
            height,
            [=](QPainter &painter, QPointF at) {
                painter.setPen(ReportStyle::ink());
                label.draw(painter, at + QPointF(0, padding));
                // Light grid lines at 0, 50 and 100 so the bars can be read against the scale.
                painter.setPen(QPen(ReportStyle::rule(), thin));
                for (int tick : {0, 50, 100}) {
                    const qreal x = at.x() + barLeft + barWidth * tick / 100.0;
                    painter.drawLine(QPointF(x, at.y()), QPointF(x, at.y() + height));
                }
                const double from = std::clamp(std::min(bar.from, bar.to), 0.0, 100.0);
                const double to = std::clamp(std::max(bar.from, bar.to), 0.0, 100.0);
                const qreal barHeight = std::min(style.pt(8), height - 2 * padding);
                const QRectF rect(at.x() + barLeft + barWidth * from / 100, at.y() + (height - barHeight) / 2,
                    std::max(barWidth * (to - from) / 100, thin), barHeight);
                painter.fillRect(rect, bar.colour.isValid() ? bar.colour : ReportStyle::accent());
                drawTextAt(painter, bar.bold ? boldFont : font, ReportStyle::ink(),
                    QPointF(
                        at.x() + width, at.y() + padding + QFontMetricsF(font, painter.device()).ascent()),
                    bar.value, Qt::AlignRight);
                if (last || bar.bold) {
                    painter.setPen(QPen(ReportStyle::muted(), thin));
                    painter.drawLine(
                        QPointF(at.x(), at.y() + height), QPointF(at.x() + width, at.y() + height));
                }
            },
            0);
    }
}

void ReportCharts::histogram(ReportComposer &composer, const QList<Bin> &bins, double marker,
    const QString &markerLabel, const QString &axisTitle, const QString &valueCaption)
{
    if (bins.isEmpty())
        return;
    const ReportStyle &style = composer.style();
    const QFont labelFont = style.font(ReportStyle::Text::Label);
    const QFont markerFont = style.font(ReportStyle::Text::Small, true);
    const qreal line = composer.lineHeight(labelFont);
    const qreal width = composer.width();
    // The caption on the first line, the marker's label on the next, then the plot: they never overlap.
    const qreal plotTop = line + composer.lineHeight(markerFont) + style.pt(4);
    const qreal plotHeight = style.pt(96);
    const qreal height = plotTop + plotHeight + 2 * line + style.pt(4);
    double tallest = 0;
    for (const Bin &bin : bins)
        tallest = std::max(tallest, bin.value);
    const qreal thin = style.pt(0.4);
    composer.drawing(height, [=](QPainter &painter, QPointF at) {
        const qreal left = at.x();
        const qreal bottom = at.y() + plotTop + plotHeight;
        auto xOf = [&](double value) { return left + width * std::clamp(value, 0.0, 100.0) / 100.0; };
        drawTextAt(painter, labelFont, ReportStyle::muted(), QPointF(left, at.y() + line), valueCaption);
        const QColor fill = ReportStyle::accent().lighter(175);
        for (const Bin &bin : bins) {
            if (tallest <= 0 || bin.value <= 0)
                continue;
            const qreal h = plotHeight * bin.value / tallest;
            painter.fillRect(
                QRectF(QPointF(xOf(bin.from) + thin, bottom - h), QPointF(xOf(bin.to) - thin, bottom)), fill);
        }
        painter.setPen(QPen(ReportStyle::muted(), thin));
        painter.drawLine(QPointF(left, bottom), QPointF(left + width, bottom));
        for (int tick = 0; tick <= 100; tick += 10) {
            painter.setPen(QPen(ReportStyle::muted(), thin));
            painter.drawLine(QPointF(xOf(tick), bottom), QPointF(xOf(tick), bottom + style.pt(2.5)));
            drawTextAt(painter, labelFont, ReportStyle::muted(), QPointF(xOf(tick), bottom + line),
                QString::number(tick),
                tick == 0 ? Qt::AlignLeft : (tick == 100 ? Qt::AlignRight : Qt::AlignHCenter));
        }
        drawTextAt(painter, labelFont, ReportStyle::muted(), QPointF(left + width / 2, bottom + 2 * line),
            axisTitle, Qt::AlignHCenter);
        // The marker: a dark line over the whole plot, its label on the side with more room.
        const qreal x = xOf(marker);
        painter.setPen(QPen(ReportStyle::ink(), style.pt(1.4)));
        painter.drawLine(QPointF(x, at.y() + plotTop - style.pt(2)), QPointF(x, bottom));
        const qreal labelWidth = QFontMetricsF(markerFont, painter.device()).horizontalAdvance(markerLabel);
        const qreal labelX = std::clamp(x - labelWidth / 2, left, left + width - labelWidth);
        drawTextAt(painter, markerFont, ReportStyle::ink(), QPointF(labelX, at.y() + plotTop - style.pt(4)),
            markerLabel);
    });
}

void ReportCharts::progress(ReportComposer &composer, const QList<WeekPoint> &weeks)
{
    if (weeks.isEmpty())
        return;
    const ReportStyle &style = composer.style();
    const QFont labelFont = style.font(ReportStyle::Text::Label);
    const qreal line = composer.lineHeight(labelFont);
    const qreal width = composer.width();
    const qreal axisLeft = style.pt(30);
    const qreal axisRight = style.pt(30);
    const qreal legendHeight = line + style.pt(6);
    const qreal plotHeight = style.pt(120);
    const qreal height = legendHeight + plotHeight + 2 * line + style.pt(4);
    double mostHours = 0;
    for (const WeekPoint &week : weeks)
        mostHours = std::max(mostHours, week.hours);
    // A round top for the hours axis, so its label is a number people read at a glance.
    const double hoursTop = mostHours <= 0 ? 1 : std::ceil(mostHours / 5) * 5;
    const QString planned = tr("Planned");
    const QString done = tr("Done");
    const QString hours = tr("Hours of learning (right scale)");
    const qreal thin = style.pt(0.4);
    const ReportFormat format = composer.format();
    composer.drawing(height, [=](QPainter &painter, QPointF at) {
        const qreal left = at.x() + axisLeft;
        const qreal plotWidth = width - axisLeft - axisRight;
        const qreal top = at.y() + legendHeight;
        const qreal bottom = top + plotHeight;
        const int count = int(weeks.size());
        const qreal step = plotWidth / std::max(1, count);
        auto xOf = [&](int index) { return left + step * (index + 0.5); };
        auto yOf = [&](double fraction) { return bottom - plotHeight * std::clamp(fraction, 0.0, 1.0); };

        // Legend, in the order the eye meets the marks.
        qreal x = at.x();
        const qreal baseline = at.y() + line;
        auto legend = [&](const QColor &colour, bool dashed, bool block, const QString &text) {
            if (block) {
                painter.fillRect(QRectF(x, baseline - style.pt(6), style.pt(10), style.pt(6)), colour);
            } else {
                QPen pen(colour, style.pt(1.6));
                if (dashed)
                    pen.setStyle(Qt::DashLine);
                painter.setPen(pen);
                painter.drawLine(
                    QPointF(x, baseline - style.pt(3)), QPointF(x + style.pt(14), baseline - style.pt(3)));
            }
            x += style.pt(18);
            drawTextAt(painter, labelFont, ReportStyle::ink(), QPointF(x, baseline), text);
            x += QFontMetricsF(labelFont, painter.device()).horizontalAdvance(text) + style.pt(14);
        };
        legend(ReportStyle::accent(), false, false, done);
        legend(ReportStyle::neutral(), true, false, planned);
        legend(ReportStyle::battlefield(Battlefield::SafeForNow).lighter(260), false, true, hours);

        // Grid and left scale (share of the plan's steps), right scale (hours).
        for (int tick = 0; tick <= 100; tick += 25) {
            const qreal y = yOf(tick / 100.0);
            painter.setPen(QPen(tick == 0 ? ReportStyle::muted() : ReportStyle::rule(), thin));
            painter.drawLine(QPointF(left, y), QPointF(left + plotWidth, y));
            drawTextAt(painter, labelFont, ReportStyle::muted(), QPointF(left - style.pt(4), y + line / 3),
                format.percent(tick, 0), Qt::AlignRight);
        }
        drawTextAt(painter, labelFont, ReportStyle::muted(),
            QPointF(left + plotWidth + style.pt(4), top + line / 3),
            format.number(hoursTop, 0) + QStringLiteral("\u00a0h"));
        drawTextAt(painter, labelFont, ReportStyle::muted(),
            QPointF(left + plotWidth + style.pt(4), bottom + line / 3), QStringLiteral("0\u00a0h"));

        const QColor hoursColour = ReportStyle::battlefield(Battlefield::SafeForNow).lighter(260);
        for (int i = 0; i < count; ++i) {
            if (weeks[i].hours <= 0)
                continue;
            const qreal h = plotHeight * weeks[i].hours / hoursTop;
            painter.fillRect(QRectF(xOf(i) - step * 0.35, bottom - h, step * 0.7, h), hoursColour);
        }
        auto polyline = [&](auto value) {
            QPolygonF points;
            for (int i = 0; i < count; ++i)
                points << QPointF(xOf(i), yOf(value(weeks[i])));
            return points;
        };
        QPen plannedPen(ReportStyle::neutral(), style.pt(1.4));
        plannedPen.setStyle(Qt::DashLine);
        painter.setPen(plannedPen);
        painter.drawPolyline(polyline([](const WeekPoint &w) { return w.planned; }));
        painter.setPen(QPen(ReportStyle::accent(), style.pt(1.8)));
        painter.drawPolyline(polyline([](const WeekPoint &w) { return w.actual; }));

        // Week labels, spaced so they never touch.
        const qreal labelWidth
            = QFontMetricsF(labelFont, painter.device()).horizontalAdvance(QStringLiteral("2026-W52"));
        const int every = std::max(1, int(std::ceil((labelWidth + style.pt(8)) / step)));
        // Labels are kept clear of the left scale's figures and of each other.
        qreal lastRight = left - style.pt(40);
        for (int i = 0; i < count; i += every) {
            const qreal centre = std::max(xOf(i), left + labelWidth / 2);
            if (centre - labelWidth / 2 < lastRight + style.pt(6))
                continue;
            drawTextAt(painter, labelFont, ReportStyle::muted(), QPointF(centre, bottom + line),
                weeks[i].week.toString(), Qt::AlignHCenter);
            lastRight = centre + labelWidth / 2;
        }
    });
}

} // namespace outpace
