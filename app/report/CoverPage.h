#pragma once
// The report's first page: who it is for, which role, when, and the one figure to remember.

#include "ReportComposer.h"
#include "ReportContent.h"

namespace outpace {

class CoverPage
{
    Q_DECLARE_TR_FUNCTIONS(CoverPage)

public:
    static void compose(ReportComposer &composer, const ReportContent &content);
    // The figure the cover and the running header quote: the audit's score, else the role's automation.
    static QString headlineName(const ReportContent &content);
    static double headlineValue(const ReportContent &content);
};

} // namespace outpace
