#pragma once
// The personal result: the score with a breakdown whose printed parts add up to the printed score, the place
// among modelled peers, the person's skills, and what to learn first.

#include "ReportComposer.h"
#include "ReportContent.h"

namespace outpace {

class ResultSection
{
    Q_DECLARE_TR_FUNCTIONS(ResultSection)

public:
    static void compose(ReportComposer &composer, const ReportContent &content);

private:
    static void breakdown(ReportComposer &composer, const ReportContent &content);
    static void peers(ReportComposer &composer, const AuditOutcome &outcome);
    static void skills(ReportComposer &composer, const ReportContent &content);
};

} // namespace outpace
