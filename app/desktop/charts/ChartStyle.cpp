#include "charts/ChartStyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPalette>

namespace outpace {

QColor ChartStyle::colour(Battlefield column)
{
    switch (column) {
    case Battlefield::AutomatedAlready:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Battlefield::NeedsOversight:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Battlefield::SafeForNow:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    }
    return {};
}

QColor ChartStyle::accent()
{
    return QColor(0x00, 0x72, 0xB2);
}

QColor ChartStyle::secondary()
{
    return QColor(0x56, 0xB4, 0xE9);
}

QColor ChartStyle::planned(const QPalette &palette)
{
    return palette.color(QPalette::Dark);
}

void ChartStyle::applyTheme(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // setTheme resets series colours, so callers colour their series after this.
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Figures on bars and axes in the window's language (a decimal comma in French).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setFont(QApplication::font());
    chart->legend()->setFont(QApplication::font());
}

void ChartStyle::styleAxes(QChart *chart, const QPalette &palette)
{
    const QColor grid = palette.color(QPalette::Mid);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setLabelsFont(QApplication::font());
    }
}

} // namespace outpace
