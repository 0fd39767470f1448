#pragma once
// The adaptation roadmap: with a tracked plan, its progress by phase and step, the week-by-week chart and the
// check-in history; without one, the role's plan as a list to start from.

#include "ReportComposer.h"
#include "ReportContent.h"

namespace outpace {

class RoadmapSection
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapSection)

public:
    static void compose(ReportComposer &composer, const ReportContent &content);

private:
    static void tracked(ReportComposer &composer, const TrackerSnapshot &tracker);
    static void untracked(ReportComposer &composer, const RolePortrait &portrait);
};

} // namespace outpace
