#include "personal/PlanProgress.h"

#include "personal/PersonalStore.h"

#include <QJsonArray>

namespace outpace {

Result<PlanProgress> PlanProgress::compute(const QSqlDatabase &database, qint64 profileId, const Plan &plan,
    const RoadmapOutline &roadmap, QDate today)
{
    PersonalStore store(database);
    Result<QList<StepState>> steps = store.steps(plan.id);
    if (!steps)
        return Result<PlanProgress>::failure(steps.errors());
    Result<QList<CheckIn>> checkIns = store.checkIns(plan.id);
    if (!checkIns)
        return Result<PlanProgress>::failure(checkIns.errors());
    Result<QList<AuditRecord>> audits = store.audits(profileId, PersonalStore::AuditContent::WithoutAnswers);
    if (!audits)
        return Result<PlanProgress>::failure(audits.errors());
    Result<std::optional<QString>> weeksSetting = store.setting(PersonalStore::reauditWeeksKey());
    if (!weeksSetting)
        return Result<PlanProgress>::failure(weeksSetting.errors());

    PlanProgress progress;
    progress.plan = plan;
    if (weeksSetting.value()) {
        bool ok = false;
        const int weeks = weeksSetting.value()->toInt(&ok);
        if (ok && weeks >= 1 && weeks <= 520)
            progress.reauditWeeks = weeks;
    }
    const RoadmapTracker tracker(roadmap, plan, steps.value(), checkIns.value());
    const IsoWeek current = IsoWeek::containing(today);
    progress.phases = tracker.phases();
    progress.overall = tracker.overall();
    progress.weeks = tracker.weeklySeries(current);
    progress.streak = tracker.streak(current);
    progress.reaudit = RoadmapTracker::reaudit(audits.value(), today, progress.reauditWeeks);
    progress.scoreHistory = RoadmapTracker::scoreHistory(audits.value());
    progress.steps = steps.value();
    progress.checkIns = checkIns.value();
    return progress;
}

QJsonObject PlanProgress::toJson() const
{
    auto counts = [](const PhaseProgress &phase) {
        QJsonObject object{{QStringLiteral("done"), phase.done}, {QStringLiteral("doing"), phase.doing},
            {QStringLiteral("total"), phase.total}, {QStringLiteral("fraction"), phase.fraction()}};
        if (!phase.phaseId.isEmpty())
            object.insert(QStringLiteral("id"), phase.phaseId);
        return object;
    };
    QJsonArray phaseArray;
    for (const PhaseProgress &phase : phases)
        phaseArray.append(counts(phase));
    QJsonArray weekArray;
    for (const WeekPoint &point : weeks) {
        weekArray.append(QJsonObject{{QStringLiteral("week"), point.week.toString()},
            {QStringLiteral("planned"), point.planned}, {QStringLiteral("actual"), point.actual},
            {QStringLiteral("checkedIn"), point.checkedIn}, {QStringLiteral("hours"), point.hours}});
    }
    QJsonArray history;
    for (const ScorePoint &point : scoreHistory) {
        history.append(point.toJson());
    }
    return {{QStringLiteral("plan"),
                QJsonObject{{QStringLiteral("role"), plan.roleId},
                    {QStringLiteral("startDate"), plan.startDate.toString(Qt::ISODate)}}},
        {QStringLiteral("overall"), counts(overall)}, {QStringLiteral("phases"), phaseArray},
        {QStringLiteral("weeks"), weekArray}, {QStringLiteral("streak"), streak},
        {QStringLiteral("reaudit"),
            QJsonObject{{QStringLiteral("due"), reaudit.due}, {QStringLiteral("afterWeeks"), reauditWeeks},
                {QStringLiteral("dueDate"),
                    reaudit.dueDate.isValid() ? QJsonValue(reaudit.dueDate.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("scoreHistory"), history}};
}

} // namespace outpace
