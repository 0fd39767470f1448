// The built-in occupation table against the public data in ../shared/data: the published figures recomputed
// from the label set, and a fresh derivation equal to the committed table byte for byte. Without the data
// every function skips, and ctest reports the test as skipped.

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

namespace {

const QString sharedData = QStringLiteral(OUTPACE_SHARED_DATA);

bool haveSharedData()
{
    return QFileInfo::exists(sharedData + QStringLiteral("/gpts-are-gpts/full_labelset.tsv"));
}

} // namespace

class TestOccupationDerivation : public QObject
{
    Q_OBJECT

private slots:
    void publishedFiguresFromTheLabelSet()
    {
        if (!haveSharedData())
            QSKIP("../shared/data is not present");
        QMap<QString, QList<LabelSetTask>> byOccupation;
        const Status read = LabelSetReader::readFile(
            sharedData + QStringLiteral("/gpts-are-gpts/full_labelset.tsv"), [&](const LabelSetTask &task) {
                byOccupation[task.occupationCode].append(task);
                return success();
            });
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(byOccupation.size(), 923);
        const RiskScorer scorer;
        for (const PublishedExposure &p : publishedExposures) {
            const QList<LabelSetTask> &tasks = byOccupation.value(QString::fromLatin1(p.code));
            const Occupation derived = OccupationTableBuilder::figuresOf(tasks);
            QCOMPARE(round4(derived.gpt4.beta), p.gpt4);
            if (p.human >= 0)
                QCOMPARE(round4(derived.human.beta), p.human);
        }
        // Every occupation, through the scorer the audit uses, equals the committed table.
        for (auto it = byOccupation.cbegin(); it != byOccupation.cend(); ++it) {
            const Occupation *figures = builtInTable().occupation(it.key());
            QVERIFY(figures);
            const Role role = OccupationRoleBuilder::build(it.value(), figures, {}, scorer.model()).role;
            QVERIFY2(
                qAbs(scorer.baseline(role).exposure / 100 - figures->gpt4.beta) < 1e-6, qPrintable(it.key()));
            QVERIFY2(qAbs(scorer.baseline(role, Lens::Human).exposure / 100 - figures->human.beta) < 1e-6,
                qPrintable(it.key()));
            QVERIFY2(qAbs(scorer.baseline(role).automation / 100 - figures->automation) < 1e-6,
                qPrintable(it.key()));
        }
    }

    void committedTableEqualsAFreshDerivation()
    {
        if (!haveSharedData())
            QSKIP("../shared/data is not present");
        const Result<QList<Occupation>> fresh
            = OccupationTableBuilder::derive(sharedData + QStringLiteral("/gpts-are-gpts/full_labelset.tsv"),
                sharedData + QStringLiteral("/gpts-are-gpts/national_May2021_dl.csv"),
                sharedData + QStringLiteral("/working-with-ai/soc_ai_applicability_scores.csv"));
        QVERIFY2(fresh, qPrintable(fresh.error()));
        QFile committed(QStringLiteral(OUTPACE_SOURCE_DIR "/resources/research/occupations.tsv"));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        QCOMPARE(OccupationTable::write(fresh.value()), committed.readAll());
    }
};

QTEST_GUILESS_MAIN(TestOccupationDerivation)
#include "tst_occupation_derivation.moc"
