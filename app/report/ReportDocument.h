#pragma once
// The PDF report of one role, audit and plan: the one layout, drawn into a QPdfWriter by writePdf() or into
// any paged device (a QPrinter from a print or preview dialog) by print(). Qt Gui only, so the command line
// writes the same report on a machine with no display.
//
// From the desktop app:
//   ReportDocument report(content);            // ReportContent from the Workspace's bundles
//   report.writePdf(path);                     // Export PDF: a temporary file renamed when complete
//   ReportPrinting::print(report, &printer);   // Print, and QPrintPreviewDialog::paintRequested

#include "ReportContent.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>

namespace outpace {

class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    explicit ReportDocument(ReportContent content);

    const ReportContent &content() const { return m_content; }
    // A4, or Letter where the locale's paper is Letter (the United States, Canada, Mexico…).
    static QPageSize::PageSizeId paperFor(const QLocale &locale);
    QPageSize::PageSizeId paper() const { return m_paper; }
    void setPaper(QPageSize::PageSizeId paper) { m_paper = paper; }

    // The document's metadata, in the report's language.
    QString title() const;
    QString author() const;
    QString subject() const;
    QString creator() const;

    // Draws every page into the device with its current page size and margins; returns the page count.
    Result<int> print(QPagedPaintDevice *device) const;
    // The whole PDF on the chosen paper, with its metadata.
    Result<QByteArray> toPdf() const;
    // Writes the PDF to a temporary file beside `path` and renames it when complete, so an interrupted export
    // never leaves half a file; an existing file is replaced only then.
    Status writePdf(const QString &path) const;

private:
    ReportContent m_content;
    QPageSize::PageSizeId m_paper;
};

} // namespace outpace
