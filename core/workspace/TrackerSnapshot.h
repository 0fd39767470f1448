#pragma once
// Everything the roadmap tracker shows for one plan, with the roadmap's texts in the chosen language, so
// the CLI, the desktop tracker page and the PDF report render the same figures.

#include "personal/PlanProgress.h"
#include "workspace/RoleLookup.h"

#include <QJsonObject>

namespace outpace {

struct TrackerStep
{
    QString id;
    QString text;
    StepStatus status = StepStatus::Todo;
    QString statusName; // translated
    QString note;
    IsoWeek targetWeek;  // invalid when none was set
    IsoWeek plannedWeek; // the plan line's week for this step
    QDate doneDate;
};

struct TrackerPhase
{
    QString id;
    QString title;
    QString goal;
    QList<TrackerStep> steps;
    PhaseProgress progress;
};

struct TrackerSnapshot
{
    PlanProgress progress;
    QString roleTitle;
    Language language = Language::English;
    QList<TrackerPhase> phases;
    QStringList quickActions;
    QList<CheckIn> checkIns; // oldest week first
    IsoWeek currentWeek;

    // The steps' states and the check-ins are the ones `progress` was computed from.
    static TrackerSnapshot build(
        const Role &role, const PlanProgress &progress, const IsoWeek &currentWeek, Language language);
    // The roadmap's phases with their steps' states and counts: what the steps table shows, which needs
    // neither the check-ins nor the audits.
    static QList<TrackerPhase> phasesOf(
        const Role &role, const Plan &plan, const QList<StepState> &states, Language language);
    QJsonObject toJson() const;
};

} // namespace outpace
