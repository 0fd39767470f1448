#include "RoadmapSection.h"

#include "ReportCharts.h"

#include "workspace/DisplayNames.h"

namespace outpace {

void RoadmapSection::compose(ReportComposer &composer, const ReportContent &content)
{
    if (content.tracker)
        tracked(composer, *content.tracker);
    else if (!content.portrait.roadmap.isEmpty())
        untracked(composer, content.portrait);
}

void RoadmapSection::untracked(ReportComposer &composer, const RolePortrait &portrait)
{
    composer.pageBreak();
    composer.heading1(tr("Adaptation roadmap"));
    composer.paragraph(
        tr("The role's plan in three phases. Start it in Outpace to mark steps done, check in each week "
           "and see your progress here."),
        ReportStyle::Text::Small, ReportStyle::muted());
    for (qsizetype p = 0; p < portrait.roadmap.size(); ++p) {
        const PortraitPhase &phase = portrait.roadmap[p];
        composer.heading2(tr("Phase %1: %2").arg(p + 1).arg(phase.title));
        composer.paragraph(phase.goal);
        for (const auto &step : phase.steps)
            composer.bullet(step.second);
    }
    if (!portrait.quickActions.isEmpty()) {
        composer.heading2(tr("Quick actions: start this week"));
        for (const QString &action : portrait.quickActions)
            composer.bullet(action);
    }
}

void RoadmapSection::tracked(ReportComposer &composer, const TrackerSnapshot &tracker)
{
    const ReportFormat &format = composer.format();
    const PlanProgress &progress = tracker.progress;
    composer.pageBreak();
    composer.heading1(tr("Your roadmap"));
    QString summary = tr("Started on %1. %2 of %3 steps done (%4). Weeks in a row with a check-in: %5.")
                          .arg(format.date(progress.plan.startDate))
                          .arg(progress.overall.done)
                          .arg(progress.overall.total)
                          .arg(format.percent(100 * progress.overall.fraction(), 0))
                          .arg(progress.streak);
    if (progress.reaudit.lastAudit.isValid())
        summary += QLatin1Char(' ')
            + (progress.reaudit.due ? tr("A new audit is due (the last one was on %1).")
                                          .arg(format.date(progress.reaudit.lastAudit.toLocalTime().date()))
                                    : tr("Next audit due on %1.").arg(format.date(progress.reaudit.dueDate)));
    composer.paragraph(summary);

    QList<ReportCharts::Bar> bars;
    for (const TrackerPhase &phase : tracker.phases)
        bars.append({phase.title, 0, 100 * phase.progress.fraction(),
            tr("%1 of %2").arg(phase.progress.done).arg(phase.progress.total), ReportStyle::accent()});
    bars.append({tr("Whole plan"), 0, 100 * progress.overall.fraction(),
        tr("%1 of %2").arg(progress.overall.done).arg(progress.overall.total), ReportStyle::ink(), true});
    ReportCharts::bars(composer, bars, tr("Steps done (%)"));

    composer.heading2(tr("Progress week by week"));
    composer.paragraph(
        tr("The share of the plan's steps done by the end of each week, against the plan's pace, with "
           "the hours of learning reported at each check-in."),
        ReportStyle::Text::Small, ReportStyle::muted());
    ReportCharts::progress(composer, progress.weeks);

    for (qsizetype p = 0; p < tracker.phases.size(); ++p) {
        const TrackerPhase &phase = tracker.phases[p];
        composer.heading2(tr("Phase %1: %2").arg(p + 1).arg(phase.title));
        composer.paragraph(phase.goal, ReportStyle::Text::Small, ReportStyle::muted());
        ReportTable table;
        table.columns = {{tr("Step"), 5}, {tr("Status"), 1.3}, {tr("Planned"), 1.4}, {tr("Done on"), 1.6},
            {tr("Note"), 3}};
        for (const TrackerStep &step : phase.steps) {
            const IsoWeek planned = step.targetWeek.isValid() ? step.targetWeek : step.plannedWeek;
            table.rows.append(
                {{step.text, step.statusName, planned.isValid() ? planned.toString() : QString(),
                     step.doneDate.isValid() ? step.doneDate.toString(Qt::ISODate) : QString(), step.note},
                    step.status == StepStatus::Done
                        ? ReportStyle::battlefield(Battlefield::SafeForNow)
                        : (step.status == StepStatus::Doing ? ReportStyle::accent() : ReportStyle::rule()),
                    false, false});
        }
        composer.table(table);
    }
    if (!tracker.quickActions.isEmpty()) {
        composer.heading2(tr("Quick actions this week"));
        for (const QString &action : tracker.quickActions)
            composer.bullet(action);
    }
    composer.heading2(tr("Check-ins"));
    if (tracker.checkIns.isEmpty()) {
        composer.paragraph(tr("No weekly check-in yet."));
    } else {
        ReportTable table;
        table.columns = {{tr("Week"), 1.3}, {tr("Hours"), 0.9, Qt::AlignRight},
            {tr("Steps done"), 1.1, Qt::AlignRight}, {tr("Reflection"), 6}};
        double hours = 0;
        int steps = 0;
        for (const CheckIn &checkIn : tracker.checkIns) {
            table.rows.append({{checkIn.week.toString(), format.number(checkIn.hours, 1),
                                   QString::number(checkIn.stepsDone), checkIn.reflection},
                {}, false, false});
            hours += checkIn.hours;
            steps += checkIn.stepsDone;
        }
        table.rows.append(
            {{tr("Total"), format.number(hours, 1), QString::number(steps), QString()}, {}, true, false});
        composer.table(table);
    }
    if (progress.scoreHistory.size() >= 2) {
        composer.heading2(tr("Audit history"));
        ReportTable table;
        table.columns = {{tr("Date"), 2}, {tr("Risk score"), 1, Qt::AlignRight},
            {tr("Exposure"), 1, Qt::AlignRight}, {tr("Automation"), 1, Qt::AlignRight}};
        for (const ScorePoint &point : progress.scoreHistory)
            table.rows.append({{format.date(point.takenAt.toLocalTime().date()), format.number(point.risk, 1),
                                   format.percent(point.exposure), format.percent(point.automation)},
                {}, false, false});
        composer.table(table);
    }
}

} // namespace outpace
