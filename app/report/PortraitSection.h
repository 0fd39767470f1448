#pragma once
// The role's portrait as the report prints it: headline figures, the task battlefield, the AI tools moving
// in, skill resilience, where the role stands among all workers, and the written analysis.

#include "ReportComposer.h"
#include "ReportContent.h"

namespace outpace {

class PortraitSection
{
    Q_DECLARE_TR_FUNCTIONS(PortraitSection)

public:
    static void compose(ReportComposer &composer, const ReportContent &content);
    // A row of framed figures (label above, value below), as on the portrait page.
    static void figures(ReportComposer &composer, const QList<QPair<QString, QString>> &figures);

private:
    static void battlefield(ReportComposer &composer, const RolePortrait &portrait);
    static void tools(ReportComposer &composer, const RolePortrait &portrait);
    static void amongWorkers(ReportComposer &composer, const RolePortrait &portrait);
    static void writing(ReportComposer &composer, const RolePortrait &portrait);
};

} // namespace outpace
