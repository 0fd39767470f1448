#include "personal/PersonalDataSnapshot.h"

#include "personal/PersonalStore.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>

namespace outpace {

Result<PersonalDataSnapshot> PersonalDataSnapshot::load(const QSqlDatabase &database)
{
    using Loaded = Result<PersonalDataSnapshot>;
    const QString purpose = QCoreApplication::translate("Storage", "reading your data for the export");
    // A deferred transaction is enough: it pins one snapshot of the WAL for all the reads below.
    SqlQuery begin(database, purpose);
    if (Status done = begin.exec(QStringLiteral("BEGIN")); !done)
        return Loaded::failure(done.errors());
    struct EndRead
    {
        const QSqlDatabase &database;
        ~EndRead()
        {
            SqlQuery end(database, QString());
            (void)end.exec(QStringLiteral("COMMIT"));
        }
    } endRead{database};

    PersonalStore store(database);
    PersonalDataSnapshot snapshot;
    Result<QList<Profile>> profiles = store.profiles();
    if (!profiles)
        return Loaded::failure(profiles.errors());
    for (const Profile &profile : profiles.value()) {
        ProfileSnapshot entry{profile.name, profile.createdAt, {}, {}};
        Result<QList<AuditRecord>> audits = store.audits(profile.id);
        if (!audits)
            return Loaded::failure(audits.errors());
        entry.audits = audits.value();
        Result<QList<Plan>> plans = store.plans(profile.id);
        if (!plans)
            return Loaded::failure(plans.errors());
        for (const Plan &plan : plans.value()) {
            Result<QList<StepState>> steps = store.steps(plan.id);
            Result<QList<CheckIn>> checkIns = store.checkIns(plan.id);
            if (!steps)
                return Loaded::failure(steps.errors());
            if (!checkIns)
                return Loaded::failure(checkIns.errors());
            entry.plans.append(PlanSnapshot{plan.roleId, plan.startDate, steps.value(), checkIns.value()});
        }
        snapshot.profiles.append(entry);
    }
    SqlQuery settings(database, purpose);
    if (Status done = settings.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")); !done)
        return Loaded::failure(done.errors());
    while (settings.next())
        snapshot.settings.insert(settings.value(0).toString(), settings.value(1).toString());
    return snapshot;
}

Status PersonalDataSnapshot::replaceInto(const QSqlDatabase &database) const
{
    const QString purpose = QCoreApplication::translate("Storage", "importing your data");
    SqlTransaction transaction(database);
    if (Status begun = transaction.begin(purpose); !begun)
        return begun;
    // Children first, so the deletes never depend on the cascade being switched on.
    for (const QString &table :
        {QStringLiteral("checkins"), QStringLiteral("step_states"), QStringLiteral("plans"),
            QStringLiteral("audits"), QStringLiteral("profiles"), QStringLiteral("settings")}) {
        SqlQuery clear(database, purpose);
        if (Status done = clear.exec(QStringLiteral("DELETE FROM ") + table); !done)
            return done;
    }
    // The store's own writes run inside this transaction: they see it and do not begin their own, except
    // setStep, which is not used here.
    PersonalStore store(database);
    for (const ProfileSnapshot &profile : profiles) {
        Result<Profile> added = store.addProfile(profile.name, profile.createdAt);
        if (!added)
            return Status::failure(added.errors());
        for (AuditRecord audit : profile.audits) {
            audit.profileId = added->id;
            if (Result<qint64> saved = store.saveAudit(audit); !saved)
                return Status::failure(saved.errors());
        }
        for (const PlanSnapshot &plan : profile.plans) {
            Result<Plan> started = store.startPlan(added->id, plan.roleId, plan.startDate);
            if (!started)
                return Status::failure(started.errors());
            for (const StepState &step : plan.steps) {
                SqlQuery insert(database, purpose);
                insert
                    .prepare(QStringLiteral(
                        "INSERT INTO step_states (plan_id, step_id, status, done_date, note, "
                        "target_week) VALUES (:plan, :step, :status, :done, coalesce(:note, ''), :target)"))
                    .bind(QStringLiteral(":plan"), started->id)
                    .bind(QStringLiteral(":step"), step.stepId)
                    .bind(QStringLiteral(":status"), stepStatusKey(step.status))
                    .bind(QStringLiteral(":done"),
                        step.doneDate.isValid() ? QVariant(step.doneDate.toString(Qt::ISODate))
                                                : QVariant(QMetaType(QMetaType::QString)))
                    .bind(QStringLiteral(":note"), step.note)
                    .bind(QStringLiteral(":target"),
                        step.targetWeek.isValid() ? QVariant(step.targetWeek.toString())
                                                  : QVariant(QMetaType(QMetaType::QString)));
                if (Status done = insert.exec(); !done)
                    return done;
            }
            for (const CheckIn &checkIn : plan.checkIns) {
                if (Status done = store.saveCheckIn(started->id, checkIn); !done)
                    return done;
            }
        }
    }
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (Status done = store.setSetting(it.key(), it.value()); !done)
            return done;
    }
    return transaction.commit();
}

int PersonalDataSnapshot::countAudits() const
{
    int count = 0;
    for (const ProfileSnapshot &profile : profiles)
        count += int(profile.audits.size());
    return count;
}

int PersonalDataSnapshot::countCheckIns() const
{
    int count = 0;
    for (const ProfileSnapshot &profile : profiles) {
        for (const PlanSnapshot &plan : profile.plans)
            count += int(plan.checkIns.size());
    }
    return count;
}

} // namespace outpace
