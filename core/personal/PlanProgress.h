#pragma once
// Everything the tracker shows for one plan, read and computed in one call, so the CLI, the desktop page and
// the benchmark all see the same figures from the same rows.

#include "common/Result.h"
#include "personal/RoadmapTracker.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace outpace {

struct PlanProgress
{
    Plan plan;
    QList<PhaseProgress> phases;
    PhaseProgress overall;
    QList<WeekPoint> weeks; // from the plan's start week to the current week
    int streak = 0;
    int reauditWeeks = RoadmapTracker::defaultReauditWeeks;
    ReauditStatus reaudit;
    QList<ScorePoint> scoreHistory; // every audit of the profile, oldest first
    // The rows it was computed from, for whoever shows them next to the figures.
    QList<StepState> steps;
    QList<CheckIn> checkIns;

    // `today` decides the current week and whether a re-audit is due.
    static Result<PlanProgress> compute(const QSqlDatabase &database, qint64 profileId, const Plan &plan,
        const RoadmapOutline &roadmap, QDate today);
    QJsonObject toJson() const;
};

} // namespace outpace
