#pragma once
// What the window shows when the personal data could not be opened: the problem in words (a damaged file,
// one from a newer Outpace, one that is not a database, a folder another Outpace window is using), where
// the refused file was kept, and the good backups, one of which it restores. Nothing is reset in silence.

#include "workspace/Workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace outpace {

class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(Workspace &workspace, const OpenReport &report, QWidget *parent = nullptr);

    OpenReport::Problem problem() const { return m_report.problem; }
    QString problemText() const;
    QListWidget *backupsList() const { return m_backups; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *retryButton() const { return m_retry; }
    // Restores the chosen backup; false, with the reason shown, when it could not.
    bool restoreChosen();

signals:
    // The data is open again (restored, or the other window let go).
    void recovered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retry();

    Workspace &m_workspace;
    OpenReport m_report;
    QLabel *m_problem;
    QLabel *m_kept;
    QLabel *m_backupsLabel;
    QListWidget *m_backups;
    QLabel *m_outcome;
    QPushButton *m_restore;
    QPushButton *m_retry;
    QDialogButtonBox *m_buttons;
};

} // namespace outpace
