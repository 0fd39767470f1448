// The scoring method of SCORING.md: a worked example by hand, then every invariant of section 6 over
// many random answer sets for every role of the catalog.

#include "TestMode.h"

#include "BuiltInCatalog.h"
#include "scoring/RiskScorer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace outpace;

namespace {

const Catalog &catalog()
{
    return builtInCatalog();
}

RoleTask makeTask(const char *id, TaskType type, double beta, double humanBeta, double automation)
{
    RoleTask task;
    task.id = QLatin1String(id);
    task.type = type;
    task.skillIds << QStringLiteral("skill-") + QLatin1String(id);
    task.labels = TaskLabels{beta, humanBeta, automation};
    return task;
}

// Random but reproducible answers: some tasks skipped, some other work, random tools and level.
AuditAnswers randomAnswers(const Role &role, QRandomGenerator &random)
{
    AuditAnswers answers = AuditAnswers::emptyFor(role);
    for (double &hours : answers.taskHours) {
        if (random.bounded(4) != 0)
            hours = random.bounded(20.0);
    }
    answers.otherHours = random.bounded(3) == 0 ? random.bounded(10.0) : 0.0;
    if (answers.totalHours() <= 0)
        answers.taskHours[0] = 1.0;
    const QList<AiTool> &tools = catalog().tools();
    const int toolCount = int(random.bounded(5));
    for (int i = 0; i < toolCount; ++i)
        answers.tools.insert(
            tools[int(random.bounded(int(tools.size())))].id, static_cast<ToolFrequency>(random.bounded(4)));
    answers.experience = allExperienceLevels[random.bounded(4)];
    return answers;
}

constexpr int setsPerRole = 300;

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void workedExample()
    {
        Role role;
        role.id = QStringLiteral("example");
        role.tasks << makeTask("a", TaskType::Core, 1.0, 0.5, 0.75)
                   << makeTask("b", TaskType::Supplemental, 0.0, 0.0, 0.0);
        const RiskScorer scorer;
        const RoleBaseline baseline = scorer.baseline(role);
        QCOMPARE(baseline.automation, 50.0);
        QVERIFY(std::abs(baseline.exposure - 200.0 / 3) < 1e-12);
        QCOMPARE(baseline.battlefield[0], Battlefield::AutomatedAlready);
        QCOMPARE(baseline.battlefield[1], Battlefield::SafeForNow);
        QCOMPARE(baseline.horizonBand, QStringLiteral("3-5"));
        QVERIFY(std::abs(scorer.baseline(role, Lens::Human).exposure - 100.0 / 3) < 1e-12);

        AuditAnswers answers = AuditAnswers::emptyFor(role);
        answers.taskHours = {30, 5};
        answers.otherHours = 5;
        answers.experience = Experience::Junior;
        answers.tools
            = {{QStringLiteral("x"), ToolFrequency::Daily}, {QStringLiteral("y"), ToolFrequency::Monthly}};
        const RiskResult result = scorer.score(role, answers);
        // s = (0.75, 0.125, other 0.125); P_p = 56.25; F = 1.5 / 3; R = 56.25 * 1.15 * 0.9.
        QCOMPARE(result.personalAutomation, 56.25);
        QCOMPARE(result.personalExposure, 75.0);
        QCOMPARE(result.fluency, 0.5);
        QVERIFY(std::abs(result.risk - 56.25 * 1.15 * 0.9) < 1e-12);
        QVERIFY(std::abs(result.experienceAdjustment - 56.25 * 0.15) < 1e-12);
        QVERIFY(std::abs(result.fluencyAdjustment - 56.25 * 1.15 * -0.1) < 1e-12);
    }

    void riskIsCappedAndTheBreakdownStillAddsUp()
    {
        Role role;
        role.id = QStringLiteral("all-automated");
        role.tasks << makeTask("a", TaskType::Core, 1.0, 1.0, 1.0);
        AuditAnswers answers = AuditAnswers::defaults(role);
        answers.experience = Experience::Junior;
        const RiskResult result = RiskScorer().score(role, answers);
        QCOMPARE(result.risk, 100.0);
        QVERIFY(result.clampAdjustment < 0);
        double parts = result.clampAdjustment;
        for (double part : result.taskContributions)
            parts += part;
        QVERIFY(std::abs(parts - result.risk) < 1e-9);
    }

    void defaultAnswersGiveTheAutomationPotential()
    {
        const RiskScorer scorer;
        for (const Role &role : catalog().roles()) {
            const RiskResult result = scorer.score(role, AuditAnswers::defaults(role));
            QVERIFY2(std::abs(result.risk - scorer.baseline(role).automation) < 1e-9, qPrintable(role.id));
        }
    }

    void scoresStayWithinBoundsAndPartsAddUp()
    {
        const RiskScorer scorer;
        QRandomGenerator random(20261125);
        for (const Role &role : catalog().roles()) {
            for (Lens lens : {Lens::Gpt4, Lens::Human}) {
                const RoleBaseline baseline = scorer.baseline(role, lens);
                QVERIFY(baseline.exposure >= 0 && baseline.exposure <= 100);
                QVERIFY(baseline.automation >= 0 && baseline.automation <= 100);
            }
            for (int n = 0; n < setsPerRole; ++n) {
                const AuditAnswers answers = randomAnswers(role, random);
                const RiskResult result = scorer.score(role, answers);
                QVERIFY(result.risk >= 0 && result.risk <= 100);
                QVERIFY(result.personalExposure >= 0 && result.personalExposure <= 100 + 1e-9);
                QVERIFY(result.personalAutomation >= 0 && result.personalAutomation <= 100 + 1e-9);
                double taskView = result.clampAdjustment;
                double factorView
                    = result.clampAdjustment + result.experienceAdjustment + result.fluencyAdjustment;
                for (qsizetype i = 0; i < role.tasks.size(); ++i) {
                    taskView += result.taskContributions[i];
                    factorView += result.unadjustedContributions[i];
                }
                QVERIFY2(std::abs(taskView - result.risk) < 1e-9, qPrintable(role.id));
                QVERIFY2(std::abs(factorView - result.risk) < 1e-9, qPrintable(role.id));
                for (const SkillResilience &skill : scorer.skills(role, result.shares))
                    QVERIFY(skill.resilience >= 0 && skill.resilience <= 100);
            }
        }
    }

    void movingTimeToAMoreAutomatedTaskNeverLowersRisk()
    {
        const RiskScorer scorer;
        QRandomGenerator random(7);
        for (const Role &role : catalog().roles()) {
            for (int n = 0; n < setsPerRole; ++n) {
                AuditAnswers answers = randomAnswers(role, random);
                const int from = int(random.bounded(int(role.tasks.size())));
                const int to = int(random.bounded(int(role.tasks.size())));
                if (role.tasks[to].labels.automation <= role.tasks[from].labels.automation)
                    continue;
                const double before = scorer.score(role, answers).risk;
                const double moved = answers.taskHours[from] * random.generateDouble();
                answers.taskHours[from] -= moved;
                answers.taskHours[to] += moved;
                QVERIFY2(scorer.score(role, answers).risk >= before - 1e-9, qPrintable(role.id));
            }
        }
    }

    void addingAToolNeverRaisesRisk()
    {
        const RiskScorer scorer;
        QRandomGenerator random(11);
        const QList<AiTool> &tools = catalog().tools();
        for (const Role &role : catalog().roles()) {
            for (int n = 0; n < setsPerRole; ++n) {
                AuditAnswers answers = randomAnswers(role, random);
                const double before = scorer.score(role, answers).risk;
                const QString tool = tools[int(random.bounded(int(tools.size())))].id;
                if (answers.tools.contains(tool))
                    continue;
                answers.tools.insert(tool, static_cast<ToolFrequency>(random.bounded(4)));
                QVERIFY2(scorer.score(role, answers).risk <= before + 1e-9, qPrintable(role.id));
            }
        }
    }

    void moreSeniorNeverRaisesRisk()
    {
        const RiskScorer scorer;
        QRandomGenerator random(13);
        for (const Role &role : catalog().roles()) {
            for (int n = 0; n < setsPerRole / 3; ++n) {
                AuditAnswers answers = randomAnswers(role, random);
                double previous = 101;
                for (Experience level : allExperienceLevels) {
                    answers.experience = level;
                    const double risk = scorer.score(role, answers).risk;
                    QVERIFY2(risk <= previous + 1e-12, qPrintable(role.id));
                    previous = risk;
                }
            }
        }
    }

    void sameInputsGiveBitIdenticalOutputs()
    {
        const RiskScorer scorer;
        QRandomGenerator random(17);
        for (const Role &role : catalog().roles()) {
            const AuditAnswers answers = randomAnswers(role, random);
            const RiskResult a = scorer.score(role, answers);
            const RiskResult b = scorer.score(role, answers);
            QCOMPARE(std::memcmp(&a.risk, &b.risk, sizeof(double)), 0);
            QCOMPARE(a.taskContributions, b.taskContributions);
        }
    }

    void skillsAreSortedFromMostExposed()
    {
        const RiskScorer scorer;
        for (const Role &role : catalog().roles()) {
            const QList<SkillResilience> skills = scorer.skills(role);
            QCOMPARE(skills.size(), role.skills.size());
            for (qsizetype i = 1; i < skills.size(); ++i)
                QVERIFY(skills[i - 1].resilience <= skills[i].resilience);
        }
    }

    void horizonBandsFollowTheThresholds()
    {
        const ScoringModel &model = ScoringModel::builtIn();
        QCOMPARE(model.horizonBand(75), QStringLiteral("1-3"));
        QCOMPARE(model.horizonBand(60), QStringLiteral("1-3"));
        QCOMPARE(model.horizonBand(59.9), QStringLiteral("3-5"));
        QCOMPARE(model.horizonBand(40), QStringLiteral("5-7"));
        QCOMPARE(model.horizonBand(15), QStringLiteral("7-10"));
        QCOMPARE(model.horizonBand(14.9), QStringLiteral("10+"));
        QCOMPARE(model.horizonBand(0), QStringLiteral("10+"));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
