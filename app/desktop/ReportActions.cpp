#include "ReportActions.h"

#include "ReportPrinting.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace outpace {

namespace {

const QString folderKey = QStringLiteral("report/folder");

// A wait cursor for as long as the report is being drawn, restored however the drawing ends.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

ReportActions::ReportActions(
    std::function<Result<ReportContent>()> gather, QSettings &settings, QMainWindow *window)
    : QObject(window)
    , m_gather(std::move(gather))
    , m_settings(settings)
    , m_window(window)
    , m_preview(new QAction(this))
    , m_print(new QAction(this))
    , m_export(new QAction(this))
{
    m_print->setShortcut(QKeySequence::Print);
    // No standard key exists for exporting; Ctrl+E is the window sketch's (SCREENS.md).
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_export, &QAction::triggered, this, &ReportActions::chooseAndExport);
    retranslate();
}

void ReportActions::retranslate()
{
    m_preview->setText(tr("Print Pre&view…"));
    m_preview->setStatusTip(tr("See the report of this role page by page before printing it"));
    m_print->setText(tr("&Print…"));
    m_print->setStatusTip(tr("Print the report of this role"));
    m_export->setText(tr("&Export PDF…"));
    m_export->setStatusTip(tr("Save the report of this role as a PDF file"));
}

void ReportActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_preview, m_print, m_export})
        action->setEnabled(enabled);
}

void ReportActions::setPathChooser(std::function<QString(const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

std::optional<ReportDocument> ReportActions::document()
{
    Result<ReportContent> content = [this] {
        BusyCursor busy;
        return m_gather();
    }();
    if (!content) {
        QMessageBox::warning(m_window, tr("The report could not be made"),
            tr("Outpace could not gather what the report of this role shows:\n\n%1")
                .arg(content.errors().join(QLatin1Char('\n'))));
        return std::nullopt;
    }
    return ReportDocument(std::move(content).value());
}

bool ReportActions::write(const ReportDocument &report, const QString &path)
{
    Status written = success();
    {
        BusyCursor busy;
        m_window->statusBar()->showMessage(tr("Writing the report…"));
        // The message is painted now: the report is drawn on this thread, without returning to the loop.
        m_window->statusBar()->repaint();
        written = report.writePdf(path);
    }
    if (!written) {
        m_window->statusBar()->clearMessage();
        QMessageBox::warning(m_window, tr("The report was not exported"),
            tr("%1\n\nChoose another folder or name, or check that the disk is not full and that you may "
               "write there.")
                .arg(written.errors().join(QLatin1Char('\n'))));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool ReportActions::exportPdf(const QString &path)
{
    std::optional<ReportDocument> report = document();
    return report && write(*report, path);
}

void ReportActions::chooseAndExport()
{
    std::optional<ReportDocument> report = document();
    if (!report)
        return;
    QString folder = m_settings.value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A role title may hold characters that some file systems refuse in a name.
    QString title = report->content().portrait.title;
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|]"));
    title.replace(refused, QStringLiteral("-"));
    //: The suggested file name of an exported report; %1 is the role.
    const QString suggested = QDir(folder).filePath(tr("Outpace report - %1.pdf").arg(title));
    QString path = m_chooser ? m_chooser(suggested)
                             : QFileDialog::getSaveFileName(m_window, tr("Export the report as PDF"),
                                 suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    m_settings.setValue(folderKey, QFileInfo(path).absolutePath());
    write(*report, path);
}

void ReportActions::print()
{
    std::optional<ReportDocument> report = document();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinting::prepare(&printer, *report);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<int> printed = [&] {
        BusyCursor busy;
        m_window->statusBar()->showMessage(tr("Printing the report…"));
        m_window->statusBar()->repaint();
        return ReportPrinting::print(*report, &printer);
    }();
    m_window->statusBar()->clearMessage();
    if (!printed)
        QMessageBox::warning(m_window, tr("The report was not printed"),
            tr("%1\n\nCheck the printer, then try again.").arg(printed.errors().join(QLatin1Char('\n'))));
    else
        m_window->statusBar()->showMessage(
            (printed.value() == 1 ? tr("Report sent to the printer (1 page).")
                                  : tr("Report sent to the printer (%n pages).", nullptr, printed.value())),
            8000);
}

void ReportActions::preview()
{
    std::optional<ReportDocument> report = document();
    if (!report)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportPrinting::prepare(&printer, *report);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print preview of the report"));
    // The dialog draws again on every change of paper or layout; the first problem is kept to tell once.
    QStringList problems;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        BusyCursor busy;
        if (Result<int> drawn = ReportPrinting::print(*report, target); !drawn && problems.isEmpty())
            problems = drawn.errors();
    });
    dialog.exec();
    if (!problems.isEmpty())
        QMessageBox::warning(m_window, tr("The preview is incomplete"),
            tr("%1\n\nThe pages shown may be missing parts of the report.")
                .arg(problems.join(QLatin1Char('\n'))));
}

} // namespace outpace
