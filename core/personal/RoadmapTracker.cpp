#include "personal/RoadmapTracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace outpace {

RoadmapOutline RoadmapOutline::fromRole(const Role &role)
{
    RoadmapOutline outline;
    for (const RoadmapPhase &phase : role.roadmap) {
        Phase reduced{phase.id, {}};
        for (const RoadmapStep &step : phase.steps)
            reduced.stepIds << step.id;
        outline.phases.append(reduced);
    }
    return outline;
}

QStringList RoadmapOutline::stepIds() const
{
    QStringList ids;
    for (const Phase &phase : phases)
        ids << phase.stepIds;
    return ids;
}

RoadmapTracker::RoadmapTracker(
    RoadmapOutline outline, Plan plan, QList<StepState> steps, QList<CheckIn> checkIns)
    : m_outline(std::move(outline))
    , m_plan(std::move(plan))
    , m_steps(std::move(steps))
    , m_checkIns(std::move(checkIns))
{
    std::sort(m_checkIns.begin(), m_checkIns.end(),
        [](const CheckIn &a, const CheckIn &b) { return a.week < b.week; });
}

const StepState *RoadmapTracker::state(const QString &stepId) const
{
    for (const StepState &step : m_steps) {
        if (step.stepId == stepId)
            return &step;
    }
    return nullptr;
}

QList<PhaseProgress> RoadmapTracker::phases() const
{
    QList<PhaseProgress> progress;
    for (const RoadmapOutline::Phase &phase : m_outline.phases) {
        PhaseProgress current{phase.id, int(phase.stepIds.size()), 0, 0};
        for (const QString &stepId : phase.stepIds) {
            if (const StepState *step = state(stepId)) {
                current.done += step->status == StepStatus::Done ? 1 : 0;
                current.doing += step->status == StepStatus::Doing ? 1 : 0;
            }
        }
        progress.append(current);
    }
    return progress;
}

PhaseProgress RoadmapTracker::overall() const
{
    PhaseProgress total;
    const QList<PhaseProgress> each = phases();
    for (const PhaseProgress &phase : each) {
        total.total += phase.total;
        total.done += phase.done;
        total.doing += phase.doing;
    }
    return total;
}

IsoWeek RoadmapTracker::plannedWeek(const QString &stepId) const
{
    const QStringList ids = m_outline.stepIds();
    const qsizetype index = ids.indexOf(stepId);
    if (index < 0)
        return {};
    if (const StepState *step = state(stepId); step && step->targetWeek.isValid())
        return step->targetWeek;
    const qsizetype count = ids.size();
    // ceil((k + 1) * H / n) - 1, in integers.
    const qsizetype offset = ((index + 1) * defaultHorizonWeeks + count - 1) / count - 1;
    return IsoWeek::containing(m_plan.startDate).addWeeks(int(offset));
}

QList<WeekPoint> RoadmapTracker::weeklySeries(const IsoWeek &until) const
{
    const IsoWeek start = IsoWeek::containing(m_plan.startDate);
    if (!start.isValid())
        return {};
    const QStringList ids = m_outline.stepIds();
    const double count = ids.isEmpty() ? 1.0 : double(ids.size());

    // Planned weeks and done dates, computed once: the series may span years of weeks.
    QList<IsoWeek> planned;
    QList<QDate> doneOn;
    for (const QString &id : ids) {
        planned.append(plannedWeek(id));
        const StepState *step = state(id);
        if (step && step->status == StepStatus::Done)
            doneOn.append(step->doneDate.isValid() ? step->doneDate : m_plan.startDate);
    }
    std::sort(planned.begin(), planned.end());
    std::sort(doneOn.begin(), doneOn.end());
    QHash<IsoWeek, const CheckIn *> byWeek;
    for (const CheckIn &checkIn : m_checkIns)
        byWeek.insert(checkIn.week, &checkIn);

    QList<WeekPoint> series;
    const int weeks = std::max(0, start.weeksTo(until)) + 1;
    series.reserve(weeks);
    qsizetype plannedSoFar = 0;
    qsizetype doneSoFar = 0;
    for (int i = 0; i < weeks; ++i) {
        WeekPoint point;
        point.week = start.addWeeks(i);
        while (plannedSoFar < planned.size() && planned[plannedSoFar] <= point.week)
            ++plannedSoFar;
        while (doneSoFar < doneOn.size() && doneOn[doneSoFar] <= point.week.sunday())
            ++doneSoFar;
        point.planned = double(plannedSoFar) / count;
        point.actual = double(doneSoFar) / count;
        if (const CheckIn *checkIn = byWeek.value(point.week)) {
            point.checkedIn = true;
            point.hours = checkIn->hours;
        }
        series.append(point);
    }
    return series;
}

int RoadmapTracker::streak(const IsoWeek &current) const
{
    QSet<IsoWeek> weeks;
    for (const CheckIn &checkIn : m_checkIns)
        weeks.insert(checkIn.week);
    IsoWeek week = current;
    if (!weeks.contains(week))
        week = week.addWeeks(-1);
    int count = 0;
    while (weeks.contains(week)) {
        ++count;
        week = week.addWeeks(-1);
    }
    return count;
}

ReauditStatus RoadmapTracker::reaudit(const QList<AuditRecord> &audits, QDate today, int weeks)
{
    ReauditStatus status;
    for (const AuditRecord &audit : audits) {
        if (!status.lastAudit.isValid() || audit.takenAt > status.lastAudit)
            status.lastAudit = audit.takenAt;
    }
    if (!status.lastAudit.isValid())
        return status;
    status.dueDate = status.lastAudit.toUTC().date().addDays(qint64(std::max(1, weeks)) * 7);
    status.due = today >= status.dueDate;
    return status;
}

QList<ScorePoint> RoadmapTracker::scoreHistory(const QList<AuditRecord> &audits)
{
    QList<ScorePoint> history;
    for (const AuditRecord &audit : audits) {
        history.append(ScorePoint{
            audit.takenAt, audit.roleId, audit.risk, audit.exposure, audit.automation, audit.modelVersion});
    }
    std::stable_sort(history.begin(), history.end(),
        [](const ScorePoint &a, const ScorePoint &b) { return a.takenAt < b.takenAt; });
    return history;
}

Status RoadmapTracker::checkCheckIn(const CheckIn &checkIn, const RoadmapOutline &outline)
{
    QStringList problems = checkIn.problems();
    const int roadmapSteps = int(outline.stepIds().size());
    if (checkIn.stepsDone > roadmapSteps && checkIn.stepsDone <= CheckIn::maximumStepsDone) {
        //: %1 is the number of steps in the plan's roadmap.
        problems << QCoreApplication::translate(
            "Storage", "steps done: expected at most %1, the number of steps in the roadmap")
                        .arg(roadmapSteps);
    }
    if (problems.isEmpty())
        return success();
    return Status::failure(QCoreApplication::translate("Storage", "The check-in was not saved: %1.")
                               .arg(problems.join(QStringLiteral("; "))));
}

QJsonObject ScorePoint::toJson() const
{
    return {{QStringLiteral("takenAt"), isoDateTime(takenAt)}, {QStringLiteral("role"), roleId},
        {QStringLiteral("risk"), risk}, {QStringLiteral("exposure"), exposure},
        {QStringLiteral("automation"), automation}, {QStringLiteral("modelVersion"), modelVersion}};
}

} // namespace outpace
