#pragma once
// Everything the tracker shows is computed here from stored rows, never stored itself, so it cannot drift
// from what the user recorded: progress per phase, the week-by-week series against plan, the check-in streak,
// whether a new audit is due and the score history.
//
// The plan line. Each roadmap step has a planned week: its target week when the user set one; otherwise the
// steps, in roadmap order (phase 1 then 2 then 3), are spread evenly over a 12-week horizon from the plan's
// start week, step k of n planned for week offset ceil((k + 1) * 12 / n) - 1 (with 12 steps, one a week).
// The planned completion of a week is the share of steps planned for that week or earlier; the actual
// completion is the share of steps done on or before that week's Sunday.

#include "catalog/Role.h"
#include "common/Result.h"
#include "personal/PersonalRecords.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace outpace {

struct PhaseProgress
{
    QString phaseId;
    int total = 0;
    int done = 0;
    int doing = 0;
    double fraction() const { return total == 0 ? 0.0 : double(done) / total; }
};

struct WeekPoint
{
    IsoWeek week;
    double planned = 0; // 0..1
    double actual = 0;  // 0..1
    bool checkedIn = false;
    double hours = 0;
};

struct ReauditStatus
{
    bool due = true;     // true too when there is no audit yet
    QDate dueDate;       // invalid when there is no audit yet
    QDateTime lastAudit; // invalid when there is no audit yet
};

struct ScorePoint
{
    QDateTime takenAt;
    QString roleId;
    double risk = 0;
    double exposure = 0;
    double automation = 0;
    QString modelVersion;

    QJsonObject toJson() const;
};

// A roadmap reduced to what the tracker needs: phase ids with their step ids, in plan order.
struct RoadmapOutline
{
    struct Phase
    {
        QString id;
        QStringList stepIds;
    };
    QList<Phase> phases;

    static RoadmapOutline fromRole(const Role &role);
    QStringList stepIds() const;
};

class RoadmapTracker
{
public:
    static constexpr int defaultHorizonWeeks = 12;
    static constexpr int defaultReauditWeeks = 6;

    RoadmapTracker(RoadmapOutline outline, Plan plan, QList<StepState> steps, QList<CheckIn> checkIns);

    QList<PhaseProgress> phases() const;
    PhaseProgress overall() const;
    // The week a step is planned for (see the plan line above); invalid for a step not in the roadmap.
    IsoWeek plannedWeek(const QString &stepId) const;
    // One point per week from the plan's start week to `until` (at least the start week).
    QList<WeekPoint> weeklySeries(const IsoWeek &until) const;
    // Consecutive weeks with a check-in, ending with the current week, or with the previous week while the
    // current one has none yet (the week is not over).
    int streak(const IsoWeek &current) const;

    static ReauditStatus reaudit(
        const QList<AuditRecord> &audits, QDate today, int weeks = defaultReauditWeeks);
    // Oldest first.
    static QList<ScorePoint> scoreHistory(const QList<AuditRecord> &audits);
    // A check-in against its plan's roadmap: every limit of CheckIn::problems(), and no more steps done in
    // the week than the roadmap has.
    static Status checkCheckIn(const CheckIn &checkIn, const RoadmapOutline &outline);

private:
    const StepState *state(const QString &stepId) const;

    RoadmapOutline m_outline;
    Plan m_plan;
    QList<StepState> m_steps;
    QList<CheckIn> m_checkIns;
};

} // namespace outpace
