// Helper of tst_storage_kill: does one kind of work on the personal database in a loop, as fast as it can,
// printing one line each time a piece is acknowledged, until it is killed.
//   storage_kill_writer FOLDER write            step changes and check-ins:
//                                               ack checkin <week> <n>   (the week's reflection = n)
//                                               ack step <step-id> <n>   (the step's note = n)
//   storage_kill_writer FOLDER restore          restores a backup of the data as it is:   ack restore
//   storage_kill_writer FOLDER export FILE      exports the data to FILE:                 ack export
//   storage_kill_writer FOLDER import FILE      exports the data to FILE once, then imports it again and
//                                               again (a backup first each time):         ack import
// Restore and import put back the very data that was there, so that every write acknowledged before stays.
// n grows across runs (it continues from what the database holds), so a later write never looks older.

#include "TestMode.h"

#include "personal/ExportTarget.h"
#include "personal/PersonalDataJson.h"
#include "personal/PersonalStore.h"
#include "storage/PersonalDatabase.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

#include <cstdio>

using namespace outpace;

namespace {

// The week a counter is written to: weeks cycle within the plausible years, never past them.
IsoWeek weekOf(qint64 n)
{
    return IsoWeek::fromString(u"2001-W01").addWeeks(int((n / 2) % 4000));
}

void acknowledge(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

int write(PersonalDatabase &database)
{
    PersonalStore store(database.connection());
    Result<Profile> profile = store.resolveProfile(QString(), database.now());
    if (!profile)
        return 1;
    Result<QList<Plan>> plans = store.plans(profile->id);
    if (!plans)
        return 1;
    Plan plan;
    if (plans->isEmpty()) {
        Result<Plan> started = store.startPlan(profile->id, QStringLiteral("kill-test"), QDate(2001, 1, 1));
        if (!started)
            return 1;
        plan = started.value();
    } else {
        plan = plans->first();
    }
    Result<QVariant> last = SqlQuery::scalar(database.connection(),
        QStringLiteral("SELECT max(coalesce((SELECT max(CAST(reflection AS INTEGER)) FROM checkins), 0), "
                       "coalesce((SELECT max(CAST(note AS INTEGER)) FROM step_states), 0))"),
        QStringLiteral("reading the counter"));
    if (!last)
        return 1;
    acknowledge("ready");
    for (qint64 n = last.value().toLongLong() + 1;; ++n) {
        if (n % 2 == 0) {
            const IsoWeek week = weekOf(n);
            if (Status saved = store.saveCheckIn(plan.id, CheckIn{week, 1.5, 0, QString::number(n)});
                !saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
                return 1;
            }
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

int restore(const QString &folder)
{
    QString backup;
    {
        auto opened = PersonalDatabase::open(folder);
        if (!opened)
            return 1;
        Result<QString> made = opened.value()->backup(BackupKind::Manual);
        if (!made)
            return 1;
        backup = made.value();
    }
    acknowledge("ready");
    for (;;) {
        if (Result<QString> restored = PersonalDatabase::restore(folder, backup); !restored) {
            std::fprintf(stderr, "%s\n", qPrintable(restored.error()));
            return 1;
        }
        acknowledge("ack restore");
    }
}

Status exportTo(PersonalDatabase &database, const QString &file)
{
    if (ExportTarget::check(file, database.folder()).verdict != ExportTarget::Verdict::Allowed)
        return Status::failure(QStringLiteral("the export target was refused"));
    Result<PersonalDataSnapshot> snapshot = PersonalDataSnapshot::load(database.connection());
    if (!snapshot)
        return Status::failure(snapshot.errors());
    return PersonalDataJson::writeFile(file, snapshot.value(), database.now());
}

int exportOrImport(const QString &folder, const QString &file, bool import)
{
    auto opened = PersonalDatabase::open(folder);
    if (!opened)
        return 1;
    PersonalDatabase &database = *opened.value();
    if (import) {
        if (Status exported = exportTo(database, file); !exported)
            return 1;
    }
    acknowledge("ready");
    for (;;) {
        if (!import) {
            if (Status exported = exportTo(database, file); !exported) {
                std::fprintf(stderr, "%s\n", qPrintable(exported.error()));
                return 1;
            }
            acknowledge("ack export");
            continue;
        }
        Result<PersonalDataSnapshot> read = PersonalDataJson::readFile(file);
        if (!read || !database.backup(BackupKind::BeforeImport))
            return 1;
        if (Status replaced = read->replaceInto(database.connection()); !replaced) {
            std::fprintf(stderr, "%s\n", qPrintable(replaced.error()));
            return 1;
        }
        acknowledge("ack import");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString mode = arguments.value(2);
    if (argc < 3 || ((mode == QLatin1String("export") || mode == QLatin1String("import")) && argc < 4)) {
        std::fprintf(stderr, "usage: storage_kill_writer FOLDER write|restore|export FILE|import FILE\n");
        return 2;
    }
    const QString folder = arguments[1];
    if (mode == QLatin1String("restore"))
        return restore(folder);
    if (mode == QLatin1String("export") || mode == QLatin1String("import"))
        return exportOrImport(folder, arguments[3], mode == QLatin1String("import"));
    auto opened = PersonalDatabase::open(folder);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    return write(*opened.value());
}
