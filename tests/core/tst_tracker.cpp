// The roadmap tracker: ISO weeks, progress per phase, the weekly series against the plan line, the check-in
// streak, re-audit due and score history, all computed from plain rows.

#include "TestMode.h"

#include "personal/RoadmapTracker.h"

#include <QTest>

using namespace outpace;

namespace {

IsoWeek week(const char *text)
{
    return IsoWeek::fromString(QString::fromLatin1(text));
}

// Three phases of four steps, as every catalog roadmap has.
RoadmapOutline outline()
{
    RoadmapOutline result;
    for (int phase = 1; phase <= 3; ++phase) {
        RoadmapOutline::Phase entry{QStringLiteral("phase-%1").arg(phase), {}};
        for (int step = 1; step <= 4; ++step)
            entry.stepIds << QStringLiteral("p%1-s%2").arg(phase).arg(step);
        result.phases.append(entry);
    }
    return result;
}

StepState done(const char *id, QDate on)
{
    return StepState{QString::fromLatin1(id), StepStatus::Done, on, QString(), IsoWeek()};
}

const Plan plan{1, 1, QStringLiteral("backend-developer"), QDate(2026, 9, 7)}; // Monday of 2026-W37

} // namespace

class TestTracker : public QObject
{
    Q_OBJECT

private slots:
    void isoWeeks();
    void progressPerPhase();
    void planLineIsLinearOverTwelveWeeks();
    void targetWeeksMoveThePlanLine();
    void weeklySeries();
    void streak();
    void reauditDue();
    void scoreHistory();
};

void TestTracker::isoWeeks()
{
    QCOMPARE(week("2026-W48").monday(), QDate(2026, 11, 23));
    QCOMPARE(week("2026-W48").toString(), QStringLiteral("2026-W48"));
    QCOMPARE(IsoWeek::containing(QDate(2026, 11, 29)).toString(), QStringLiteral("2026-W48"));
    // 2026 starts on a Thursday, so it has 53 weeks and its last one runs into 2027.
    QVERIFY(week("2026-W53").isValid());
    QCOMPARE(IsoWeek::containing(QDate(2027, 1, 3)).toString(), QStringLiteral("2026-W53"));
    QVERIFY(!week("2027-W53").isValid());
    // Early January can belong to the previous ISO year.
    QCOMPARE(IsoWeek::containing(QDate(2021, 1, 1)).toString(), QStringLiteral("2020-W53"));
    for (const char *bad : {"2026-W00", "2026-W54", "2026-48", "2026-w48", "26-W48", "2026-W4", "",
             "2026-W48x", "202a-W48", "2026-W4b", "2026 W48", "+026-W48"})
        QVERIFY2(!week(bad).isValid(), bad);
    QCOMPARE(week("2026-W50").weeksTo(week("2027-W02")), 5);
    QCOMPARE(week("2026-W50").addWeeks(5).toString(), QStringLiteral("2027-W02"));
    QVERIFY(week("2026-W50") < week("2027-W01"));
}

void TestTracker::progressPerPhase()
{
    QList<StepState> steps{done("p1-s1", QDate(2026, 9, 8)), done("p1-s2", QDate(2026, 9, 9)),
        StepState{QStringLiteral("p2-s1"), StepStatus::Doing, {}, {}, {}},
        StepState{QStringLiteral("unknown-step"), StepStatus::Done, QDate(2026, 9, 9), {}, {}}};
    RoadmapTracker tracker(outline(), plan, steps, {});
    const QList<PhaseProgress> phases = tracker.phases();
    QCOMPARE(phases.size(), 3);
    QCOMPARE(phases[0].done, 2);
    QCOMPARE(phases[0].fraction(), 0.5);
    QCOMPARE(phases[1].done, 0);
    QCOMPARE(phases[1].doing, 1);
    QCOMPARE(phases[2].fraction(), 0.0);
    // A stored step the roadmap no longer has does not count.
    QCOMPARE(tracker.overall().done, 2);
    QCOMPARE(tracker.overall().total, 12);
}

void TestTracker::planLineIsLinearOverTwelveWeeks()
{
    RoadmapTracker tracker(outline(), plan, {}, {});
    const QStringList ids = outline().stepIds();
    for (int k = 0; k < ids.size(); ++k)
        QCOMPARE(tracker.plannedWeek(ids[k]), week("2026-W37").addWeeks(k));
    const QList<WeekPoint> series = tracker.weeklySeries(week("2026-W52"));
    QCOMPARE(series.size(), 16);
    for (int i = 0; i < series.size(); ++i)
        QCOMPARE(series[i].planned, std::min(1.0, (i + 1) / 12.0));

    // With six steps, one every two weeks, still finishing in week 12.
    RoadmapOutline small;
    small.phases = {{QStringLiteral("a"), {QStringLiteral("a1"), QStringLiteral("a2")}},
        {QStringLiteral("b"), {QStringLiteral("b1"), QStringLiteral("b2")}},
        {QStringLiteral("c"), {QStringLiteral("c1"), QStringLiteral("c2")}}};
    RoadmapTracker six(small, plan, {}, {});
    QCOMPARE(six.plannedWeek(QStringLiteral("a1")), week("2026-W38"));
    QCOMPARE(six.plannedWeek(QStringLiteral("c2")), week("2026-W48"));
    QVERIFY(!six.plannedWeek(QStringLiteral("nope")).isValid());
}

void TestTracker::targetWeeksMoveThePlanLine()
{
    QList<StepState> steps;
    // Everything of phase 3 pushed to the end of the year; p1-s1 brought to week 1 (already there).
    for (const char *id : {"p3-s1", "p3-s2", "p3-s3", "p3-s4"})
        steps.append(StepState{QString::fromLatin1(id), StepStatus::Todo, {}, {}, week("2026-W53")});
    RoadmapTracker tracker(outline(), plan, steps, {});
    QCOMPARE(tracker.plannedWeek(QStringLiteral("p3-s4")), week("2026-W53"));
    const QList<WeekPoint> series = tracker.weeklySeries(week("2027-W01"));
    QCOMPARE(series.last().week, week("2027-W01"));
    const WeekPoint atWeek12 = series[11];
    QCOMPARE(atWeek12.planned, 8 / 12.0);
    QCOMPARE(series[series.size() - 2].planned, 1.0); // 2026-W53
}

void TestTracker::weeklySeries()
{
    QList<StepState> steps{done("p1-s1", QDate(2026, 9, 13)), // Sunday of W37: counts in W37
        done("p1-s2", QDate(2026, 9, 21)),                    // Monday of W39
        StepState{QStringLiteral("p1-s3"), StepStatus::Doing, {}, {}, {}}};
    QList<CheckIn> checkIns{{week("2026-W38"), 2.5, 0, {}}, {week("2026-W37"), 3, 1, {}}};
    RoadmapTracker tracker(outline(), plan, steps, checkIns);
    const QList<WeekPoint> series = tracker.weeklySeries(week("2026-W40"));
    QCOMPARE(series.size(), 4);
    QCOMPARE(series[0].week.toString(), QStringLiteral("2026-W37"));
    const QList<double> planned{1 / 12.0, 2 / 12.0, 3 / 12.0, 4 / 12.0};
    const QList<double> actual{1 / 12.0, 1 / 12.0, 2 / 12.0, 2 / 12.0};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(series[i].planned, planned[i]);
        QCOMPARE(series[i].actual, actual[i]);
    }
    QVERIFY(series[0].checkedIn);
    QCOMPARE(series[0].hours, 3.0);
    QVERIFY(series[1].checkedIn);
    QVERIFY(!series[2].checkedIn);

    // Before the plan starts there is still the start week to show.
    QCOMPARE(tracker.weeklySeries(week("2026-W30")).size(), 1);
}

void TestTracker::streak()
{
    QList<CheckIn> checkIns;
    for (const char *w : {"2026-W40", "2026-W44", "2026-W45", "2026-W46", "2026-W47"})
        checkIns.append(CheckIn{week(w), 1, 0, {}});
    RoadmapTracker tracker(outline(), plan, {}, checkIns);
    // The current week is not over: no check-in yet does not break the streak.
    QCOMPARE(tracker.streak(week("2026-W48")), 4);
    QCOMPARE(tracker.streak(week("2026-W47")), 4);
    QCOMPARE(tracker.streak(week("2026-W49")), 0);
    QCOMPARE(tracker.streak(week("2026-W41")), 1);
    checkIns.append(CheckIn{week("2026-W48"), 1, 0, {}});
    QCOMPARE(RoadmapTracker(outline(), plan, {}, checkIns).streak(week("2026-W48")), 5);
    QCOMPARE(RoadmapTracker(outline(), plan, {}, {}).streak(week("2026-W48")), 0);
}

void TestTracker::reauditDue()
{
    QList<AuditRecord> audits;
    ReauditStatus none = RoadmapTracker::reaudit(audits, QDate(2026, 11, 25));
    QVERIFY(none.due);
    QVERIFY(!none.dueDate.isValid());

    AuditRecord first;
    first.takenAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    AuditRecord second;
    second.takenAt = QDateTime(QDate(2026, 10, 13), QTime(9, 0), Qt::UTC);
    audits = {second, first};
    ReauditStatus status = RoadmapTracker::reaudit(audits, QDate(2026, 11, 23));
    QCOMPARE(status.dueDate, QDate(2026, 11, 24));
    QVERIFY(!status.due);
    QVERIFY(RoadmapTracker::reaudit(audits, QDate(2026, 11, 24)).due);
    QCOMPARE(RoadmapTracker::reaudit(audits, QDate(2026, 11, 24), 8).dueDate, QDate(2026, 12, 8));
}

void TestTracker::scoreHistory()
{
    AuditRecord later;
    later.takenAt = QDateTime(QDate(2026, 10, 13), QTime(9, 0), Qt::UTC);
    later.risk = 35.1;
    AuditRecord earlier;
    earlier.takenAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    earlier.risk = 42.5;
    const QList<ScorePoint> history = RoadmapTracker::scoreHistory({later, earlier});
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].risk, 42.5);
    QCOMPARE(history[1].risk, 35.1);
}

QTEST_GUILESS_MAIN(TestTracker)
#include "tst_tracker.moc"
