#include "ProgressPrinter.h"

#include "CliFormat.h"

#include <algorithm>

namespace outpace {

using namespace cli;

void ProgressPrinter::writeText(QTextStream &out, const Role &role, const PlanProgress &progress) const
{
    const Language lang = m_language;
    const QLocale locale = localeOf(lang);
    writeHeading(out,
        tr("%1: plan started on %2").arg(role.title.in(lang), progress.plan.startDate.toString(Qt::ISODate)));
    out << "  " << tr("Overall: %1 of %2 steps done").arg(progress.overall.done).arg(progress.overall.total)
        << "  " << bar(100 * progress.overall.fraction()) << ' '
        << percent(locale, 100 * progress.overall.fraction(), 0) << '\n';
    qsizetype titleWidth = 0;
    for (const RoadmapPhase &phase : role.roadmap)
        titleWidth = std::max(titleWidth, phase.title.in(lang).size());
    for (int i = 0; i < progress.phases.size() && i < role.roadmap.size(); ++i) {
        const PhaseProgress &phase = progress.phases[i];
        out << "    " << role.roadmap[i].title.in(lang).leftJustified(titleWidth) << ' '
            << tr("%1/%2 done, %3 in progress").arg(phase.done).arg(phase.total).arg(phase.doing) << '\n';
    }
    out << '\n' << "  " << tr("Week by week (planned, done; the last 12 weeks):") << '\n';
    const qsizetype first = std::max<qsizetype>(0, progress.weeks.size() - 12);
    for (qsizetype i = first; i < progress.weeks.size(); ++i) {
        const WeekPoint &point = progress.weeks[i];
        out << "    " << point.week.toString() << "  "
            << percent(locale, 100 * point.planned, 0).rightJustified(5) << "  "
            << percent(locale, 100 * point.actual, 0).rightJustified(5) << "  "
            << bar(100 * point.actual, 12);
        if (point.checkedIn)
            out << "  " << tr("check-in, %1 h").arg(locale.toString(point.hours));
        out << '\n';
    }
    out << '\n'
        << "  "
        << (progress.streak == 1 ? tr("Check-in streak: 1 week")
                                 : tr("Check-in streak: %n weeks", nullptr, progress.streak))
        << '\n';
    if (!progress.reaudit.lastAudit.isValid())
        out << "  " << tr("No audit yet: save one with outpace-cli audit save ROLE --answers FILE") << '\n';
    else if (progress.reaudit.due)
        out << "  "
            << (progress.reauditWeeks == 1
                       ? tr("A new audit is due (every 1 week).")
                       : tr("A new audit is due (every %n weeks).", nullptr, progress.reauditWeeks))
            << '\n';
    else
        out << "  " << tr("Next audit due on %1.").arg(progress.reaudit.dueDate.toString(Qt::ISODate))
            << '\n';
    if (!progress.scoreHistory.isEmpty()) {
        out << "  " << tr("Risk score history:") << '\n';
        for (const ScorePoint &point : progress.scoreHistory) {
            out << "    " << point.takenAt.toLocalTime().date().toString(Qt::ISODate).leftJustified(12)
                << outOf100(locale, point.risk).rightJustified(11) << "  " << bar(point.risk) << "  "
                << point.roleId << '\n';
        }
    }
}

} // namespace outpace
