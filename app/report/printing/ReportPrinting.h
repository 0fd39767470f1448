#pragma once
// The desktop app's way to print the report: QPrinter belongs to Qt PrintSupport (which brings Widgets), so
// it lives apart from the report itself, which needs Qt Gui only.
//
//   QPrinter printer;
//   ReportPrinting::prepare(&printer, report);           // paper, document name, creator
//   QPrintDialog dialog(&printer); if (dialog.exec()) ReportPrinting::print(report, &printer);
//   QPrintPreviewDialog preview(&printer);
//   connect(&preview, &QPrintPreviewDialog::paintRequested, [&](QPrinter *p) { ReportPrinting::print(report,
//   p); });

#include "ReportDocument.h"

#include <QPrinter>

namespace outpace {

class ReportPrinting
{
public:
    // Sets the report's paper, name and creator on a printer before a dialog shows it.
    static void prepare(QPrinter *printer, const ReportDocument &report);
    // Draws the report on the printer's pages; returns the page count or what went wrong.
    static Result<int> print(const ReportDocument &report, QPrinter *printer);
};

} // namespace outpace
