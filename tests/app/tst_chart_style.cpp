// Charts follow the window's palette: a dark palette gives a dark chart with the palette's background
// and text, while the three battlefield colours stay the same so they mean the same thing everywhere.

#include "TestMode.h"

#include "charts/ChartStyle.h"
#include "charts/HorizontalBarChart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QImage>
#include <QPalette>
#include <QtTest>

using namespace outpace;

class TestChartStyle : public QObject
{
    Q_OBJECT

private slots:
    void darkPaletteGivesADarkChart();
    void battlefieldColoursAreDistinctAndFixed();
    void aChartIsDrawnWhenFirstPaintedAndDescribedAtOnce();
};

void TestChartStyle::darkPaletteGivesADarkChart()
{
    HorizontalBarChart chart;
    chart.setBars({{QStringLiteral("Databases"), 22.5}, {QStringLiteral("Mentoring"), 58.3}},
        QStringLiteral("Resilience"), ChartStyle::accent());
    QCOMPARE(chart.drawnChart()->theme(), QChart::ChartThemeLight);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    chart.setPalette(dark);
    QCOMPARE(chart.drawnChart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart.drawnChart()->backgroundBrush().color(), QColor(20, 20, 20));
    const auto axes = chart.drawnChart()->axes();
    QVERIFY(!axes.isEmpty());
    for (QAbstractAxis *axis : axes)
        QCOMPARE(axis->labelsColor(), QColor(230, 230, 230));
    // The figures are still there for a screen reader after the redraw.
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("Databases")));
}

void TestChartStyle::battlefieldColoursAreDistinctAndFixed()
{
    QCOMPARE(ChartStyle::colour(Battlefield::AutomatedAlready), QColor(0xD5, 0x5E, 0x00));
    QCOMPARE(ChartStyle::colour(Battlefield::NeedsOversight), QColor(0xE6, 0x9F, 0x00));
    QCOMPARE(ChartStyle::colour(Battlefield::SafeForNow), QColor(0x00, 0x9E, 0x73));
}

void TestChartStyle::aChartIsDrawnWhenFirstPaintedAndDescribedAtOnce()
{
    HorizontalBarChart chart;
    chart.resize(500, 300);
    chart.setBars({{QStringLiteral("Databases"), 22.5}}, QStringLiteral("Resilience"), ChartStyle::accent());
    // A screen reader has the figures before anything is painted.
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("Databases")));
    // Out of sight, the chart is not laid out yet; the first paint draws it.
    QVERIFY(chart.chart()->series().isEmpty());
    const QImage picture = chart.grab().toImage();
    QCOMPARE(chart.chart()->series().size(), 1);
    // And the picture holds the bar, in the accent colour.
    bool accentSeen = false;
    for (int y = 0; y < picture.height() && !accentSeen; y += 2) {
        for (int x = 0; x < picture.width() && !accentSeen; x += 2)
            accentSeen = picture.pixelColor(x, y) == ChartStyle::accent();
    }
    QVERIFY(accentSeen);
}

QTEST_MAIN(TestChartStyle)
#include "tst_chart_style.moc"
