#include "workspace/TrackerSnapshot.h"

#include "workspace/DisplayNames.h"

#include <QJsonArray>

namespace outpace {

TrackerSnapshot TrackerSnapshot::build(
    const Role &role, const PlanProgress &progress, const IsoWeek &currentWeek, Language language)
{
    TrackerSnapshot snapshot;
    snapshot.progress = progress;
    snapshot.roleTitle = role.title.in(language);
    snapshot.language = language;
    snapshot.checkIns = progress.checkIns;
    snapshot.currentWeek = currentWeek;
    snapshot.phases = phasesOf(role, progress.plan, progress.steps, language);
    for (const QuickAction &action : role.quickActions)
        snapshot.quickActions << action.text.in(language);
    return snapshot;
}

QList<TrackerPhase> TrackerSnapshot::phasesOf(
    const Role &role, const Plan &plan, const QList<StepState> &states, Language language)
{
    const RoadmapTracker tracker(RoadmapOutline::fromRole(role), plan, states, {});
    const QList<PhaseProgress> counted = tracker.phases();
    QList<TrackerPhase> phases;
    for (qsizetype p = 0; p < role.roadmap.size(); ++p) {
        const RoadmapPhase &phase = role.roadmap[p];
        TrackerPhase entry{phase.id, phase.title.in(language), phase.goal.in(language), {}, {}};
        for (const PhaseProgress &counts : counted) {
            if (counts.phaseId == phase.id)
                entry.progress = counts;
        }
        for (const RoadmapStep &step : phase.steps) {
            TrackerStep row;
            row.id = step.id;
            row.text = step.text.in(language);
            row.plannedWeek = tracker.plannedWeek(step.id);
            for (const StepState &state : states) {
                if (state.stepId != step.id)
                    continue;
                row.status = state.status;
                row.note = state.note;
                row.targetWeek = state.targetWeek;
                row.doneDate = state.doneDate;
            }
            row.statusName = DisplayNames::stepStatus(row.status);
            entry.steps << row;
        }
        phases << entry;
    }
    return phases;
}

QJsonObject TrackerSnapshot::toJson() const
{
    QJsonObject root = progress.toJson();
    root.insert(QStringLiteral("roleTitle"), roleTitle);
    root.insert(QStringLiteral("language"), languageCode(language));
    root.insert(QStringLiteral("currentWeek"), currentWeek.toString());
    QJsonArray phaseArray;
    for (const TrackerPhase &phase : phases) {
        QJsonArray steps;
        for (const TrackerStep &step : phase.steps) {
            QJsonObject object{{QStringLiteral("id"), step.id}, {QStringLiteral("text"), step.text},
                {QStringLiteral("status"), stepStatusKey(step.status)},
                {QStringLiteral("statusName"), step.statusName}, {QStringLiteral("note"), step.note},
                {QStringLiteral("plannedWeek"), step.plannedWeek.toString()}};
            if (step.targetWeek.isValid())
                object.insert(QStringLiteral("targetWeek"), step.targetWeek.toString());
            if (step.doneDate.isValid())
                object.insert(QStringLiteral("doneDate"), step.doneDate.toString(Qt::ISODate));
            steps << object;
        }
        phaseArray << QJsonObject{{QStringLiteral("id"), phase.id}, {QStringLiteral("title"), phase.title},
            {QStringLiteral("goal"), phase.goal}, {QStringLiteral("steps"), steps}};
    }
    root.insert(QStringLiteral("roadmap"), phaseArray);
    root.insert(QStringLiteral("quickActions"), QJsonArray::fromStringList(quickActions));
    QJsonArray checkInArray;
    for (const CheckIn &checkIn : checkIns)
        checkInArray << QJsonObject{{QStringLiteral("week"), checkIn.week.toString()},
            {QStringLiteral("hours"), checkIn.hours}, {QStringLiteral("stepsDone"), checkIn.stepsDone},
            {QStringLiteral("reflection"), checkIn.reflection}};
    root.insert(QStringLiteral("checkIns"), checkInArray);
    return root;
}

} // namespace outpace
