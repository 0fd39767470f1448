// Charts follow the window's palette: a dark palette gives a dark chart with the palette's background
// and text, while the three battlefield colours stay the same so they mean the same thing everywhere.

#include "TestMode.h"

#include "charts/ChartStyle.h"
#include "charts/HorizontalBarChart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QPalette>
#include <QtTest>

using namespace outpace;

class TestChartStyle : public QObject
{
    Q_OBJECT

private slots:
    void darkPaletteGivesADarkChart();
    void battlefieldColoursAreDistinctAndFixed();
};

void TestChartStyle::darkPaletteGivesADarkChart()
{
    HorizontalBarChart chart;
    chart.setBars({{QStringLiteral("Databases"), 22.5}, {QStringLiteral("Mentoring"), 58.3}},
        QStringLiteral("Resilience"), ChartStyle::accent());
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    chart.setPalette(dark);
    QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(20, 20, 20));
    const auto axes = chart.chart()->axes();
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

QTEST_MAIN(TestChartStyle)
#include "tst_chart_style.moc"
