#pragma once
// The report's ways out of the app: File > Print Preview, Print and Export PDF, each drawing the same
// report as `outpace-cli report` for the role shown. Kept apart from the main window, which only says
// what to report and when the actions make sense.

#include "ReportDocument.h"

#include "common/Result.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QSettings;

namespace outpace {

class ReportActions : public QObject
{
    Q_OBJECT

public:
    // `gather` returns what to report now; `window` parents the dialogs and shows the progress in its status
    // bar; `settings` keeps the folder of the last export.
    ReportActions(std::function<Result<ReportContent>()> gather, QSettings &settings, QMainWindow *window);

    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    void setEnabled(bool enabled);
    void retranslate();

    // Writes the report to `path`, as Export PDF does once a file is chosen; false after telling the user
    // why it could not be written.
    bool exportPdf(const QString &path);
    // Replaces Export PDF's file dialog (given the suggested path, returns the chosen one, empty to cancel)
    // so that a test can drive the real action.
    void setPathChooser(std::function<QString(const QString &suggested)> chooser);

private:
    std::optional<ReportDocument> document();
    void chooseAndExport();
    void print();
    void preview();
    bool write(const ReportDocument &report, const QString &path);

    std::function<Result<ReportContent>()> m_gather;
    QSettings &m_settings;
    QMainWindow *m_window;
    std::function<QString(const QString &)> m_chooser;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_export;
};

} // namespace outpace
