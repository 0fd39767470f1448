#pragma once
// How the figures are made and every source they rest on, with its licence, so a reader can check them.

#include "ReportComposer.h"
#include "ReportContent.h"

namespace outpace {

class MethodSection
{
    Q_DECLARE_TR_FUNCTIONS(MethodSection)

public:
    static void compose(ReportComposer &composer, const ReportContent &content);
};

} // namespace outpace
