// The employment-weighted mid-rank of SCORING.md section 2 on small hand-computed cases.

#include "TestMode.h"

#include "research/WorkerPercentile.h"

#include <QTest>

using namespace outpace;

namespace {

Occupation occupation(const char *code, double beta, std::optional<qint64> employment)
{
    Occupation o;
    o.code = QLatin1String(code);
    o.socCode = o.code.left(7);
    o.gpt4.beta = beta;
    o.human.beta = 1 - beta;
    o.employment = employment;
    return o;
}

} // namespace

class TestPercentile : public QObject
{
    Q_OBJECT

private slots:
    void midRank()
    {
        // Employment 100, 300, 600 at exposures 0.1, 0.5, 0.9.
        const WorkerPercentile ranking(
            {occupation("11-0001.00", 0.1, 100), occupation("11-0002.00", 0.5, 300),
                occupation("11-0003.00", 0.9, 600)},
            Lens::Gpt4);
        QCOMPARE(ranking.totalEmployment(), qint64(1000));
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0001")), 5.0);  // half of its own 10%
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0002")), 25.0); // 10% + half of 30%
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0003")), 70.0); // 40% + half of 60%
    }

    void distributionSharesWorkersByExposureBin()
    {
        const WorkerPercentile ranking(
            {occupation("11-0001.00", 0.1, 100), occupation("11-0002.00", 0.5, 300),
                occupation("11-0003.00", 1.0, 600)},
            Lens::Gpt4);
        // Five bins of 0.2: 0.1 in the first, 0.5 in the third, exactly 1 in the last.
        QCOMPARE(ranking.workerShares(5), (QList<double>{10.0, 0.0, 30.0, 0.0, 60.0}));
        QCOMPARE(WorkerPercentile().workerShares(5), (QList<double>{0.0, 0.0, 0.0, 0.0, 0.0}));
    }

    void tiesShareTheirMiddle()
    {
        const WorkerPercentile ranking(
            {occupation("11-0001.00", 0.5, 100), occupation("11-0002.00", 0.5, 100),
                occupation("11-0003.00", 0.0, 200)},
            Lens::Gpt4);
        // 50% lower, 50% equal: 50 + 25.
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0001")), 75.0);
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0002")), 75.0);
    }

    void socExposureIsTheMeanOfItsCodes()
    {
        // Two O*NET codes of one SOC (0.2 and 0.6 -> 0.4) share its employment once.
        const WorkerPercentile ranking(
            {occupation("11-0001.00", 0.2, 100), occupation("11-0001.01", 0.6, 100),
                occupation("11-0002.00", 0.3, 100)},
            Lens::Gpt4);
        QCOMPARE(ranking.rankedOccupations(), 2);
        QCOMPARE(ranking.totalEmployment(), qint64(200));
        QCOMPARE(*ranking.exposureOfSoc(QStringLiteral("11-0001")), 0.4);
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0001")), 75.0);
    }

    void unknownEmploymentIsLeftOutButStillPlaced()
    {
        const WorkerPercentile ranking(
            {occupation("11-0001.00", 0.2, 100), occupation("11-0002.00", 0.8, 300),
                occupation("11-0003.00", 0.5, std::nullopt)},
            Lens::Gpt4);
        QCOMPARE(ranking.totalEmployment(), qint64(400));
        // Not in the denominator, but its exposure still has a place among the workers counted.
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0003")), 25.0);
        QVERIFY(!ranking.percentileOfSoc(QStringLiteral("11-0009")));
    }

    void humanLens()
    {
        const WorkerPercentile ranking(
            {occupation("11-0001.00", 0.1, 100), occupation("11-0002.00", 0.9, 100)}, Lens::Human);
        QCOMPARE(*ranking.percentileOfSoc(QStringLiteral("11-0001")), 75.0); // human beta 0.9 is the higher
    }

    void emptyRanking()
    {
        const WorkerPercentile ranking;
        QVERIFY(!ranking.percentileOfExposure(0.5));
    }
};

QTEST_GUILESS_MAIN(TestPercentile)
#include "tst_percentile.moc"
