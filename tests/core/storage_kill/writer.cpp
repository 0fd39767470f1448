// Helper of tst_storage_kill: writes step changes and check-ins to the personal database as fast as it can,
// printing one line per commit once it is acknowledged, until it is killed.
//   ack checkin <week> <n>   the check-in of <week> was saved with steps_done = n
//   ack step <step-id> <n>   the step was saved with note = n
// n grows across runs (it continues from what the database holds), so a later write never looks older.

#include "personal/PersonalStore.h"
#include "storage/PersonalDatabase.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace outpace;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: storage_kill_writer FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    DatabaseOptions options;
    options.lockTimeoutMs = 5000;
    auto opened = PersonalDatabase::open(folder, nullptr, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    PersonalDatabase &database = *opened.value();
    PersonalStore store(database.connection());
    Result<Profile> profile = store.resolveProfile(QString(), database.now());
    if (!profile)
        return 1;
    Result<QList<Plan>> plans = store.plans(profile->id);
    if (!plans)
        return 1;
    Plan plan;
    if (plans->isEmpty()) {
        Result<Plan> started = store.startPlan(profile->id, QStringLiteral("kill-test"), QDate(2000, 1, 3));
        if (!started)
            return 1;
        plan = started.value();
    } else {
        plan = plans->first();
    }
    Result<QVariant> last = SqlQuery::scalar(database.connection(),
        QStringLiteral("SELECT max(coalesce((SELECT max(steps_done) FROM checkins), 0), "
                       "coalesce((SELECT max(CAST(note AS INTEGER)) FROM step_states), 0))"),
        QStringLiteral("reading the counter"));
    if (!last)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);

    const IsoWeek base = IsoWeek::fromString(u"2000-W01");
    for (qint64 n = last.value().toLongLong() + 1;; ++n) {
        if (n % 2 == 0) {
            const IsoWeek week = base.addWeeks(int(n / 2));
            if (!store.saveCheckIn(plan.id, CheckIn{week, 1.5, int(n), QStringLiteral("run")}))
                return 1;
            std::printf("ack checkin %s %lld\n", qPrintable(week.toString()), n);
        } else {
            const QString step = QStringLiteral("step-%1").arg(n % 12);
            const StepStatus status
                = n % 3 == 0 ? StepStatus::Done : (n % 3 == 1 ? StepStatus::Doing : StepStatus::Todo);
            if (!store.setStep(
                    plan.id, StepChange{step, status, QString::number(n), std::nullopt, QDate(2026, 1, 1)}))
                return 1;
            std::printf("ack step %s %lld\n", qPrintable(step), n);
        }
        std::fflush(stdout);
    }
}
