#pragma once
// The public research files imported into this folder's database (the label set with every occupation's
// tasks; the BLS wages and the applicability scores, optional) as a background job with a progress bar and
// a Cancel button: the window answers throughout, and a cancelled import changes nothing.

#include "research/ResearchStore.h"
#include "workspace/StopRequest.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace outpace {

class Workspace;

class ResearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResearchPanel(Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *labelsField() const { return m_fields[0]; }
    QLineEdit *blsField() const { return m_fields[1]; }
    QLineEdit *applicabilityField() const { return m_fields[2]; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *outcome() const { return m_outcome; }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts the import of the files in the fields; false (with the reason shown) when a field is wrong.
    bool startImport();

signals:
    void importFinished(bool imported);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void finished();
    void setRunning(bool running);

    Workspace &m_workspace;
    QLabel *m_intro;
    QList<QLabel *> m_labels;
    QList<QLineEdit *> m_fields;
    QList<QPushButton *> m_browse;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QFutureWatcher<Result<ResearchImportSummary>> m_watcher;
    StopRequest m_stop;
};

} // namespace outpace
