// Figures for the personal database: what one durable check-in costs, and what opening a database that holds
// ten years of weekly check-ins and 50 audits and computing every tracker series costs (goal: under 10 ms).

#include "personal/PersonalStore.h"
#include "personal/PlanProgress.h"
#include "storage/PersonalDatabase.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace outpace;

namespace {

const QDate today(2036, 11, 24);

// The shape of every catalog roadmap: three phases of four steps.
RoadmapOutline roadmap()
{
    RoadmapOutline outline;
    for (int phase = 1; phase <= 3; ++phase) {
        RoadmapOutline::Phase entry{QStringLiteral("phase-%1").arg(phase), {}};
        for (int step = 1; step <= 4; ++step)
            entry.stepIds << QStringLiteral("p%1-s%2").arg(phase).arg(step);
        outline.phases.append(entry);
    }
    return outline;
}

std::unique_ptr<PersonalDatabase> open(const QString &folder)
{
    auto opened = PersonalDatabase::open(folder);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened).value();
}

void saveCheckIn(benchmark::State &state)
{
    QTemporaryDir dir;
    auto database = open(dir.path());
    PersonalStore store(database->connection());
    const Profile profile = store.resolveProfile(QString(), database->now()).value();
    const Plan plan
        = store.startPlan(profile.id, QStringLiteral("backend-developer"), QDate(2026, 1, 5)).value();
    const IsoWeek first = IsoWeek::containing(plan.startDate);
    int n = 0;
    for (auto _ : state) {
        // Each save is its own transaction, synced to the disk before it returns (WAL, synchronous=FULL).
        const CheckIn checkIn{first.addWeeks(n++ % 520), 2.5, 1, QStringLiteral("a week of practice")};
        if (!store.saveCheckIn(plan.id, checkIn))
            state.SkipWithError("saving failed");
    }
}
BENCHMARK(saveCheckIn)->Unit(benchmark::kMillisecond);

void openAndComputeTracker(benchmark::State &state)
{
    QTemporaryDir dir;
    {
        auto database = open(dir.path());
        PersonalStore store(database->connection());
        const Profile profile = store.resolveProfile(QString(), database->now()).value();
        const Plan plan
            = store.startPlan(profile.id, QStringLiteral("backend-developer"), QDate(2026, 11, 23)).value();
        (void)SqlQuery(database->connection(), QString()).exec(QStringLiteral("BEGIN"));
        const IsoWeek first = IsoWeek::containing(plan.startDate);
        for (int week = 0; week < 520; ++week)
            (void)store.saveCheckIn(
                plan.id, CheckIn{first.addWeeks(week), 2.0 + week % 3, week % 2, QStringLiteral("notes")});
        const QStringList steps = roadmap().stepIds();
        for (int i = 0; i < steps.size(); ++i)
            (void)store.setStep(plan.id,
                StepChange{steps[i], StepStatus::Done, QStringLiteral("done"), std::nullopt,
                    plan.startDate.addDays(30 * i)});
        for (int i = 0; i < 50; ++i) {
            AuditRecord audit;
            audit.profileId = profile.id;
            audit.roleId = QStringLiteral("backend-developer");
            audit.answers = QJsonObject{{QStringLiteral("role"), audit.roleId}};
            audit.risk = 40 - i * 0.3;
            audit.exposure = 60;
            audit.automation = 45;
            audit.modelVersion = QStringLiteral("1");
            audit.takenAt = QDateTime(plan.startDate.addDays(i * 73), QTime(9, 0), Qt::UTC);
            (void)store.saveAudit(audit);
        }
        (void)SqlQuery(database->connection(), QString()).exec(QStringLiteral("COMMIT"));
    }
    // The first opening of the day takes the automatic backup; measure the ordinary ones.
    open(dir.path());
    const RoadmapOutline outline = roadmap();
    for (auto _ : state) {
        auto database = open(dir.path());
        PersonalStore store(database->connection());
        const Profile profile = store.resolveProfile(QString(), database->now()).value();
        const Plan plan = store.plans(profile.id).value().first();
        Result<PlanProgress> progress
            = PlanProgress::compute(database->connection(), profile.id, plan, outline, today);
        if (!progress || progress->weeks.size() < 520 || progress->scoreHistory.size() != 50)
            state.SkipWithError("unexpected tracker result");
        benchmark::DoNotOptimize(progress);
    }
}
BENCHMARK(openAndComputeTracker)->Unit(benchmark::kMillisecond);

} // namespace
