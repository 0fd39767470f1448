#include "ReportPrinting.h"

namespace outpace {

void ReportPrinting::prepare(QPrinter *printer, const ReportDocument &report)
{
    printer->setPageSize(QPageSize(report.paper()));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setDocName(report.title());
    printer->setCreator(report.creator());
}

Result<int> ReportPrinting::print(const ReportDocument &report, QPrinter *printer)
{
    // The report draws its own margins inside whatever the printer keeps blank.
    return report.print(printer);
}

} // namespace outpace
