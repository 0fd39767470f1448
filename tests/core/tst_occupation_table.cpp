// The built-in occupation table against the published figures (oracle tests) and the percentile among all
// workers against SCORING.md's reference values; tst_occupation_derivation checks it against ../shared/data.

#include "TestMode.h"

#include "PublishedOccupations.h"
#include "research/LabelSetReader.h"
#include "research/OccupationRoleBuilder.h"
#include "research/OccupationTable.h"
#include "research/OccupationTableBuilder.h"
#include "scoring/RiskScorer.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>

#include <cmath>

using namespace outpace;

class TestOccupationTable : public QObject
{
    Q_OBJECT

private slots:
    void tableIsComplete()
    {
        QCOMPARE(builtInTable().occupations().size(), 923);
        qint64 tasks = 0;
        for (const Occupation &o : builtInTable().occupations()) {
            QVERIFY2(o.title.isComplete(), qPrintable(o.code));
            tasks += o.taskCount;
        }
        QCOMPARE(tasks, qint64(19265));
    }

    void publishedFiguresFromTheTable()
    {
        for (const PublishedExposure &p : publishedExposures) {
            const Occupation *o = builtInTable().occupation(QString::fromLatin1(p.code));
            QVERIFY2(o, p.code);
            QCOMPARE(round4(o->gpt4.beta), p.gpt4);
            if (p.human >= 0)
                QCOMPARE(round4(o->human.beta), p.human);
        }
        const Occupation *developers = builtInTable().occupation(QStringLiteral("15-1252.00"));
        QCOMPARE(developers->title.en, QStringLiteral("Software Developers"));
        QCOMPARE(QString::number(100 * developers->gpt4.beta, 'f', 1), QStringLiteral("86.8"));
        QCOMPARE(QString::number(100 * developers->human.beta, 'f', 1), QStringLiteral("44.7"));
        QCOMPARE(developers->employment, std::optional<qint64>(1364180));
        QCOMPARE(developers->medianWage, std::optional<int>(120730));
        QVERIFY(qAbs(*developers->applicability - 0.2839) < 1e-4);
    }

    void percentileAmongWorkers_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        // SCORING.md section 2. 41-2011 is the SOC code of Cashiers (Retail Salespersons are 41-2031, 46.7):
        // the reference value belongs to the code.
        QTest::newRow("software developers") << "15-1252.00"
                                             << "98.8";
        QTest::newRow("accountants and auditors") << "13-2011.00"
                                                  << "80.2";
        QTest::newRow("registered nurses") << "29-1141.00"
                                           << "53.4";
        QTest::newRow("41-2011") << "41-2011.00"
                                 << "32.7";
        QTest::newRow("by SOC code") << "15-1252"
                                     << "98.8";
        QTest::newRow("nurse specialty shares its SOC") << "29-1141.03"
                                                        << "53.4";
    }

    void percentileAmongWorkers()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const std::optional<double> percentile = builtInTable().percentileAmongWorkers(code);
        QVERIFY(percentile);
        QCOMPARE(QString::number(*percentile, 'f', 1), expected);
    }

    void percentileDenominator()
    {
        // The workers counted: every detailed BLS May 2021 occupation with at least one labelled O*NET code.
        const WorkerPercentile &ranking = builtInTable().percentiles(Lens::Gpt4);
        QCOMPARE(ranking.rankedOccupations(), 772);
        QCOMPARE(ranking.totalEmployment(), qint64(130630770));
        // Registered Nurses: the mean over 29-1141.00 .. .04, not the .00 figure alone.
        QVERIFY(qAbs(*ranking.exposureOfSoc(QStringLiteral("29-1141")) - 0.38019) < 1e-5);
        QVERIFY(!builtInTable().percentileAmongWorkers(QStringLiteral("99-9999.00")));
    }

    void lookupAndSimilar()
    {
        QCOMPARE(builtInTable().occupation(QStringLiteral("15-1252"))->code, QStringLiteral("15-1252.00"));
        QVERIFY(!builtInTable().occupation(QStringLiteral("15-125")));
        const QList<const Occupation *> similar
            = builtInTable().similarOccupations(QStringLiteral("15-1252.00"));
        QCOMPARE(similar.size(), 6);
        for (const Occupation *o : similar) {
            QVERIFY(o->code.startsWith(QStringLiteral("15-12")));
            QVERIFY(o->code != QStringLiteral("15-1252.00"));
        }
        // The same broad group (15-125x) comes before the rest of the minor group.
        QVERIFY(similar.first()->code.startsWith(QStringLiteral("15-125")));
        const QList<const Occupation *> nurses
            = builtInTable().similarOccupations(QStringLiteral("29-1141.00"), 3);
        for (const Occupation *o : nurses)
            QVERIFY(o->socCode == QStringLiteral("29-1141"));
    }

    void writeReadRoundTrip()
    {
        const QByteArray written = OccupationTable::write(builtInTable().occupations());
        QFile committed(QStringLiteral(":/research/occupations.tsv"));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QCOMPARE(written, committed.readAll());
    }
};

QTEST_GUILESS_MAIN(TestOccupationTable)
#include "tst_occupation_table.moc"
