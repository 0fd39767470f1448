#include "personal/PersonalStore.h"

#include "personal/ProfileName.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace outpace {

namespace {

QString purpose(const char *text)
{
    return QCoreApplication::translate("Storage", text);
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant weekOrNull(const IsoWeek &week)
{
    return week.isValid() ? QVariant(week.toString()) : QVariant(QMetaType(QMetaType::QString));
}

Profile profileFrom(const SqlQuery &query)
{
    return Profile{
        query.value(0).toLongLong(), query.value(1).toString(), dateTimeFromIso(query.value(2).toString())};
}

} // namespace

PersonalStore::PersonalStore(const QSqlDatabase &database)
    : m_database(database)
{ }

Result<QList<Profile>> PersonalStore::profiles() const
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "reading the profiles")));
    if (Status done = query.exec(QStringLiteral("SELECT id, name, created_at FROM profiles ORDER BY id"));
        !done)
        return Result<QList<Profile>>::failure(done.errors());
    QList<Profile> found;
    while (query.next())
        found.append(profileFrom(query));
    return found;
}

Result<std::optional<Profile>> PersonalStore::profile(const QString &name) const
{
    // Compared the way ProfileName says, which SQL cannot: a person has a handful of profiles.
    Result<QList<Profile>> all = profiles();
    if (!all)
        return Result<std::optional<Profile>>::failure(all.errors());
    const QString wanted = ProfileName::comparisonKey(name);
    for (const Profile &candidate : all.value()) {
        if (ProfileName::comparisonKey(candidate.name) == wanted)
            return std::optional<Profile>(candidate);
    }
    return std::optional<Profile>();
}

Result<Profile> PersonalStore::addProfile(const QString &name, const QDateTime &now)
{
    const Result<QString> checked = ProfileName::check(name);
    if (!checked)
        return Result<Profile>::failure(checked.errors());
    const QString &kept = checked.value();
    Result<std::optional<Profile>> existing = profile(kept);
    if (!existing)
        return Result<Profile>::failure(existing.errors());
    if (existing.value()) {
        return Result<Profile>::failure(
            QCoreApplication::translate("Storage", "A profile named \"%1\" already exists.")
                .arg(existing.value()->name));
    }
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "adding the profile")));
    query.prepare(QStringLiteral("INSERT INTO profiles (name, created_at) VALUES (:name, :created)"))
        .bind(QStringLiteral(":name"), kept)
        .bind(QStringLiteral(":created"), isoDateTime(now));
    if (Status done = query.exec(); !done)
        return Result<Profile>::failure(done.errors());
    return Profile{query.lastInsertId().toLongLong(), kept, now.toUTC()};
}

Result<Profile> PersonalStore::resolveProfile(const QString &name, const QDateTime &now)
{
    if (!name.isEmpty()) {
        // A name no profile could have is refused by the name rule, which never echoes what it refuses.
        const Result<QString> checked = ProfileName::check(name);
        if (!checked)
            return Result<Profile>::failure(checked.errors());
        Result<std::optional<Profile>> found = profile(checked.value());
        if (!found)
            return Result<Profile>::failure(found.errors());
        if (!found.value()) {
            return Result<Profile>::failure(
                QCoreApplication::translate("Storage", "There is no profile named \"%1\".")
                    .arg(checked.value()));
        }
        return *found.value();
    }
    Result<std::optional<QString>> chosen = setting(defaultProfileKey());
    if (!chosen)
        return Result<Profile>::failure(chosen.errors());
    if (chosen.value()) {
        Result<std::optional<Profile>> found = profile(*chosen.value());
        if (found && found.value())
            return *found.value();
    }
    Result<QList<Profile>> all = profiles();
    if (!all)
        return Result<Profile>::failure(all.errors());
    if (!all.value().isEmpty())
        return all.value().first();
    Result<Profile> created = addProfile(firstProfileName(), now);
    if (created) {
        if (Status saved = setSetting(defaultProfileKey(), created->name); !saved)
            return Result<Profile>::failure(saved.errors());
    }
    return created;
}

Result<Profile> PersonalStore::existingProfile(const QString &name) const
{
    // Never the default profile by omission, and never created: a rename or a removal names its profile.
    Result<std::optional<Profile>> found = profile(name);
    if (!found)
        return Result<Profile>::failure(found.errors());
    if (!found.value()) {
        return Result<Profile>::failure(
            QCoreApplication::translate("Storage", "There is no profile named \"%1\".").arg(name));
    }
    return *found.value();
}

Result<Profile> PersonalStore::renameProfile(const QString &name, const QString &newName)
{
    Result<Profile> found = existingProfile(name);
    if (!found)
        return found;
    const Result<QString> checked = ProfileName::check(newName);
    if (!checked)
        return Result<Profile>::failure(checked.errors());
    Result<std::optional<Profile>> existing = profile(checked.value());
    if (!existing)
        return Result<Profile>::failure(existing.errors());
    // A change of case or spacing only is a rename of the same profile, not a clash.
    if (existing.value() && existing.value()->id != found->id) {
        return Result<Profile>::failure(
            QCoreApplication::translate("Storage", "A profile named \"%1\" already exists.")
                .arg(existing.value()->name));
    }
    Result<std::optional<QString>> chosen = setting(defaultProfileKey());
    if (!chosen)
        return Result<Profile>::failure(chosen.errors());
    const bool wasDefault = chosen.value()
        && ProfileName::comparisonKey(*chosen.value()) == ProfileName::comparisonKey(found->name);
    SqlTransaction transaction(m_database);
    if (Status begun = transaction.begin(purpose(QT_TRANSLATE_NOOP("Storage", "renaming the profile")));
        !begun)
        return Result<Profile>::failure(begun.errors());
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "renaming the profile")));
    query.prepare(QStringLiteral("UPDATE profiles SET name = :name WHERE id = :id"))
        .bind(QStringLiteral(":name"), checked.value())
        .bind(QStringLiteral(":id"), found->id);
    if (Status done = query.exec(); !done)
        return Result<Profile>::failure(done.errors());
    if (wasDefault) {
        if (Status saved = setSetting(defaultProfileKey(), checked.value()); !saved)
            return Result<Profile>::failure(saved.errors());
    }
    if (Status committed = transaction.commit(); !committed)
        return Result<Profile>::failure(committed.errors());
    Profile renamed = found.value();
    renamed.name = checked.value();
    return renamed;
}

Result<Profile> PersonalStore::removableProfile(const QString &name) const
{
    Result<Profile> found = existingProfile(name);
    if (!found)
        return found;
    Result<QList<Profile>> all = profiles();
    if (!all)
        return Result<Profile>::failure(all.errors());
    if (all->size() <= 1) {
        return Result<Profile>::failure(QCoreApplication::translate("Storage",
            "\"%1\" is the only profile, and Outpace needs one: add another profile before removing this "
            "one.")
                                            .arg(found->name));
    }
    return found;
}

Status PersonalStore::removeProfile(const QString &name)
{
    Result<Profile> found = removableProfile(name);
    if (!found)
        return Status::failure(found.errors());
    Result<QList<Profile>> all = profiles();
    if (!all)
        return Status::failure(all.errors());
    QString successor;
    for (const Profile &other : all.value()) {
        if (other.id != found->id) {
            successor = other.name;
            break;
        }
    }
    Result<std::optional<QString>> chosen = setting(defaultProfileKey());
    if (!chosen)
        return Status::failure(chosen.errors());
    const bool wasDefault = !chosen.value()
        || ProfileName::comparisonKey(*chosen.value()) == ProfileName::comparisonKey(found->name);
    SqlTransaction transaction(m_database);
    if (Status begun = transaction.begin(purpose(QT_TRANSLATE_NOOP("Storage", "removing the profile")));
        !begun)
        return begun;
    // The foreign keys cascade to the profile's audits, plans, step states and check-ins.
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "removing the profile")));
    query.prepare(QStringLiteral("DELETE FROM profiles WHERE id = :id"))
        .bind(QStringLiteral(":id"), found->id);
    if (Status done = query.exec(); !done)
        return done;
    if (wasDefault) {
        if (Status saved = setSetting(defaultProfileKey(), successor); !saved)
            return saved;
    }
    return transaction.commit();
}

Result<qint64> PersonalStore::saveAudit(const AuditRecord &audit)
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "saving the audit")));
    query
        .prepare(
            QStringLiteral("INSERT INTO audits (profile_id, role_id, answers, risk, exposure, automation, "
                           "model_version, taken_at) VALUES (:profile, :role, :answers, :risk, :exposure, "
                           ":automation, :model, :taken)"))
        .bind(QStringLiteral(":profile"), audit.profileId)
        .bind(QStringLiteral(":role"), audit.roleId)
        .bind(QStringLiteral(":answers"),
            QString::fromUtf8(QJsonDocument(audit.answers).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":risk"), audit.risk)
        .bind(QStringLiteral(":exposure"), audit.exposure)
        .bind(QStringLiteral(":automation"), audit.automation)
        .bind(QStringLiteral(":model"), audit.modelVersion)
        .bind(QStringLiteral(":taken"), isoDateTime(audit.takenAt));
    if (Status done = query.exec(); !done)
        return Result<qint64>::failure(done.errors());
    return query.lastInsertId().toLongLong();
}

Result<QList<AuditRecord>> PersonalStore::audits(qint64 profileId, AuditContent content) const
{
    const bool withAnswers = content == AuditContent::WithAnswers;
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "reading the audits")));
    query
        .prepare(
            QStringLiteral("SELECT id, profile_id, role_id, %1, risk, exposure, automation, model_version, "
                           "taken_at FROM audits WHERE profile_id = :profile ORDER BY taken_at, id")
                .arg(withAnswers ? QStringLiteral("answers") : QStringLiteral("NULL")))
        .bind(QStringLiteral(":profile"), profileId);
    if (Status done = query.exec(); !done)
        return Result<QList<AuditRecord>>::failure(done.errors());
    QList<AuditRecord> found;
    while (query.next()) {
        AuditRecord audit;
        audit.id = query.value(0).toLongLong();
        audit.profileId = query.value(1).toLongLong();
        audit.roleId = query.value(2).toString();
        if (withAnswers)
            audit.answers = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        audit.risk = query.value(4).toDouble();
        audit.exposure = query.value(5).toDouble();
        audit.automation = query.value(6).toDouble();
        audit.modelVersion = query.value(7).toString();
        audit.takenAt = dateTimeFromIso(query.value(8).toString());
        found.append(audit);
    }
    return found;
}

Result<Plan> PersonalStore::startPlan(qint64 profileId, const QString &roleId, QDate startDate)
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "starting the plan")));
    query
        .prepare(QStringLiteral(
            "INSERT INTO plans (profile_id, role_id, start_date) VALUES (:profile, :role, :start)"))
        .bind(QStringLiteral(":profile"), profileId)
        .bind(QStringLiteral(":role"), roleId)
        .bind(QStringLiteral(":start"), startDate.toString(Qt::ISODate));
    if (Status done = query.exec(); !done) {
        Result<QList<Plan>> existing = plans(profileId);
        if (existing) {
            for (const Plan &plan : existing.value()) {
                if (plan.roleId == roleId) {
                    return Result<Plan>::failure(
                        QCoreApplication::translate("Storage", "A plan for %1 already exists, started on %2.")
                            .arg(roleId, plan.startDate.toString(Qt::ISODate)));
                }
            }
        }
        return Result<Plan>::failure(done.errors());
    }
    return Plan{query.lastInsertId().toLongLong(), profileId, roleId, startDate};
}

Result<QList<Plan>> PersonalStore::plans(qint64 profileId) const
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "reading the plans")));
    query
        .prepare(QStringLiteral(
            "SELECT id, profile_id, role_id, start_date FROM plans WHERE profile_id = :profile "
            "ORDER BY id"))
        .bind(QStringLiteral(":profile"), profileId);
    if (Status done = query.exec(); !done)
        return Result<QList<Plan>>::failure(done.errors());
    QList<Plan> found;
    while (query.next()) {
        found.append(Plan{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return found;
}

Status PersonalStore::setStep(qint64 planId, const StepChange &change)
{
    if (change.targetWeek && change.targetWeek->isValid() && !change.targetWeek->isPlausible()) {
        //: %1 and %2 are years.
        return Status::failure(QCoreApplication::translate(
            "Storage", "The step was not saved: its target week should be an ISO week from %1 to %2.")
                                   .arg(IsoWeek::earliestPlausibleYear)
                                   .arg(IsoWeek::latestPlausibleYear));
    }
    const QString what = purpose(QT_TRANSLATE_NOOP("Storage", "saving the step"));
    SqlTransaction transaction(m_database);
    if (Status begun = transaction.begin(what); !begun)
        return begun;

    StepState state;
    state.stepId = change.stepId;
    SqlQuery read(m_database, what);
    read.prepare(QStringLiteral("SELECT status, done_date, note, target_week FROM step_states "
                                "WHERE plan_id = :plan AND step_id = :step"))
        .bind(QStringLiteral(":plan"), planId)
        .bind(QStringLiteral(":step"), change.stepId);
    if (Status done = read.exec(); !done)
        return done;
    if (read.next()) {
        stepStatusFromKey(read.value(0).toString(), &state.status);
        state.doneDate = QDate::fromString(read.value(1).toString(), Qt::ISODate);
        state.note = read.value(2).toString();
        state.targetWeek = IsoWeek::fromString(read.value(3).toString());
    }
    // A step marked done again keeps the day it was first finished: the weekly series depends on it.
    if (change.status != StepStatus::Done)
        state.doneDate = QDate();
    else if (state.status != StepStatus::Done || !state.doneDate.isValid())
        state.doneDate = change.today;
    state.status = change.status;
    if (change.note)
        state.note = *change.note;
    if (change.targetWeek)
        state.targetWeek = *change.targetWeek;

    SqlQuery write(m_database, what);
    write
        .prepare(
            QStringLiteral("INSERT INTO step_states (plan_id, step_id, status, done_date, note, target_week) "
                           "VALUES (:plan, :step, :status, :done, coalesce(:note, ''), :target) "
                           "ON CONFLICT (plan_id, step_id) DO UPDATE SET status = excluded.status, "
                           "done_date = excluded.done_date, note = excluded.note, "
                           "target_week = excluded.target_week"))
        .bind(QStringLiteral(":plan"), planId)
        .bind(QStringLiteral(":step"), state.stepId)
        .bind(QStringLiteral(":status"), stepStatusKey(state.status))
        .bind(QStringLiteral(":done"), dateOrNull(state.doneDate))
        .bind(QStringLiteral(":note"), state.note)
        .bind(QStringLiteral(":target"), weekOrNull(state.targetWeek));
    if (Status done = write.exec(); !done)
        return done;
    return transaction.commit();
}

Result<QList<StepState>> PersonalStore::steps(qint64 planId) const
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "reading the steps")));
    query
        .prepare(QStringLiteral("SELECT step_id, status, done_date, note, target_week FROM step_states "
                                "WHERE plan_id = :plan ORDER BY step_id"))
        .bind(QStringLiteral(":plan"), planId);
    if (Status done = query.exec(); !done)
        return Result<QList<StepState>>::failure(done.errors());
    QList<StepState> found;
    while (query.next()) {
        StepState state;
        state.stepId = query.value(0).toString();
        stepStatusFromKey(query.value(1).toString(), &state.status);
        state.doneDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        state.note = query.value(3).toString();
        state.targetWeek = IsoWeek::fromString(query.value(4).toString());
        found.append(state);
    }
    return found;
}

Status PersonalStore::saveCheckIn(qint64 planId, const CheckIn &checkIn)
{
    if (const QStringList problems = checkIn.problems(); !problems.isEmpty()) {
        //: %1 lists what is wrong, such as "hours: expected a number from 0 to 168".
        return Status::failure(QCoreApplication::translate("Storage", "The check-in was not saved: %1.")
                                   .arg(problems.join(QStringLiteral("; "))));
    }
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "saving the check-in")));
    query
        .prepare(QStringLiteral("INSERT INTO checkins (plan_id, week, hours, steps_done, reflection) "
                                "VALUES (:plan, :week, :hours, :steps, coalesce(:reflection, '')) "
                                "ON CONFLICT (plan_id, week) DO UPDATE SET hours = excluded.hours, "
                                "steps_done = excluded.steps_done, reflection = excluded.reflection"))
        .bind(QStringLiteral(":plan"), planId)
        .bind(QStringLiteral(":week"), checkIn.week.toString())
        .bind(QStringLiteral(":hours"), checkIn.hours)
        .bind(QStringLiteral(":steps"), checkIn.stepsDone)
        .bind(QStringLiteral(":reflection"), checkIn.reflection);
    return query.exec();
}

Result<QList<CheckIn>> PersonalStore::checkIns(qint64 planId) const
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "reading the check-ins")));
    query
        .prepare(
            QStringLiteral("SELECT week, hours, steps_done, reflection FROM checkins WHERE plan_id = :plan "
                           "ORDER BY week"))
        .bind(QStringLiteral(":plan"), planId);
    if (Status done = query.exec(); !done)
        return Result<QList<CheckIn>>::failure(done.errors());
    QList<CheckIn> found;
    while (query.next()) {
        found.append(CheckIn{IsoWeek::fromString(query.value(0).toString()), query.value(1).toDouble(),
            query.value(2).toInt(), query.value(3).toString()});
    }
    return found;
}

Result<std::optional<QString>> PersonalStore::setting(const QString &key) const
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "reading the settings")));
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = :key"))
        .bind(QStringLiteral(":key"), key);
    if (Status done = query.exec(); !done)
        return Result<std::optional<QString>>::failure(done.errors());
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Status PersonalStore::setSetting(const QString &key, const QString &value)
{
    SqlQuery query(m_database, purpose(QT_TRANSLATE_NOOP("Storage", "saving the settings")));
    query
        .prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, coalesce(:value, '')) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"), value);
    return query.exec();
}

} // namespace outpace
