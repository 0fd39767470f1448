#include "dialogs/RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace outpace {

namespace {
constexpr int RecoveryBackupPath = Qt::UserRole + 1;
}

RecoveryDialog::RecoveryDialog(Workspace &workspace, const OpenReport &report, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_report(report)
    , m_problem(new QLabel(this))
    , m_kept(new QLabel(this))
    , m_backupsLabel(new QLabel(this))
    , m_backups(new QListWidget(this))
    , m_outcome(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setMinimumWidth(560);
    for (QLabel *label : {m_problem, m_kept, m_backupsLabel, m_outcome}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_backupsLabel->setBuddy(m_backups);
    // Each backup takes two lines; a little space tells one from the next.
    m_backups->setSpacing(3);
    QFont emphasis = m_problem->font();
    emphasis.setBold(true);
    m_problem->setFont(emphasis);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_retry = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_kept);
    layout->addWidget(m_backupsLabel);
    layout->addWidget(m_backups, 1);
    layout->addWidget(m_outcome);
    layout->addStretch(0);
    layout->addWidget(m_buttons);

    const bool locked = m_report.problem == OpenReport::Problem::Locked;
    const QLocale locale;
    if (!locked) {
        for (const BackupFile &backup : m_workspace.goodBackups()) {
            // The file's name under the date rather than beside it: side by side they were wider than the
            // list.
            auto *item = new QListWidgetItem(
                //: A good backup in the list: when it was made, then the name of its file on a line of its
                //: own.
                tr("%1\n%2").arg(locale.toString(backup.time.toLocalTime(), QLocale::LongFormat),
                    QFileInfo(backup.path).fileName()),
                m_backups);
            item->setData(RecoveryBackupPath, backup.path);
            if (backup.path == m_report.suggestedBackup || m_backups->count() == 1)
                m_backups->setCurrentItem(item);
        }
    }
    m_kept->setVisible(!m_report.movedAsideTo.isEmpty());
    m_backupsLabel->setVisible(!locked);
    m_backups->setVisible(!locked && m_backups->count() > 0);
    m_restore->setVisible(!locked && m_backups->count() > 0);
    m_retry->setVisible(locked);
    if (!m_restore->isHidden())
        m_restore->setDefault(true);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (restoreChosen())
            accept();
    });
    connect(m_retry, &QPushButton::clicked, this, &RecoveryDialog::retry);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backups, &QListWidget::itemActivated, m_restore, &QPushButton::click);
    retranslate();
}

QString RecoveryDialog::problemText() const
{
    const QString folder = QDir::toNativeSeparators(m_workspace.dataFolder());
    switch (m_report.problem) {
    case OpenReport::Problem::Locked:
        return tr("Your data in %1 is open in another Outpace window, or in outpace-cli. Only one program "
                  "at a time may change it, so that nothing is lost. Close the other window and choose Try "
                  "again, or start Outpace with --data-dir to use another folder.")
            .arg(folder);
    case OpenReport::Problem::Damaged:
        return tr("Your data file in %1 is damaged: part of it cannot be read, so Outpace will not write "
                  "into it.")
            .arg(folder);
    case OpenReport::Problem::NotADatabase:
        return tr("The file where Outpace keeps your data (in %1) is not an Outpace database: something "
                  "else was saved under its name.")
            .arg(folder);
    case OpenReport::Problem::NewerVersion:
        return tr("Your data in %1 was written by a newer version of Outpace. This version cannot read it "
                  "without risk; install the newer version, or go back to a backup made by this one.")
            .arg(folder);
    case OpenReport::Problem::Missing:
        return tr("Your data file in %1 is missing or empty, while backups of it exist. Outpace does not "
                  "start afresh on its own: restore a backup below.")
            .arg(folder);
    case OpenReport::Problem::Unusable:
    case OpenReport::Problem::None:
        break;
    }
    return tr("Your data in %1 could not be opened: the folder or the file cannot be read or written. Check "
              "its permissions and the free space on the disk.")
        .arg(folder);
}

bool RecoveryDialog::restoreChosen()
{
    const QListWidgetItem *item = m_backups->currentItem();
    if (!item) {
        m_outcome->setText(tr("Choose a backup in the list first."));
        return false;
    }
    const Result<RestoredData> restored = m_workspace.restore(item->data(RecoveryBackupPath).toString());
    if (!restored) {
        m_outcome->setText(
            tr("This backup could not be restored: %1").arg(restored.errors().join(QLatin1Char('\n'))));
        return false;
    }
    emit recovered();
    return true;
}

void RecoveryDialog::retry()
{
    if (Status opened = m_workspace.openPersonalData(); !opened) {
        m_outcome->setText(tr("The data is still in use elsewhere."));
        return;
    }
    emit recovered();
    accept();
}

void RecoveryDialog::retranslate()
{
    setWindowTitle(tr("Your data could not be opened"));
    m_problem->setText(problemText());
    m_kept->setText(tr("The file was not deleted: it is kept as %1, should you or someone helping you want "
                       "to look at it.")
                        .arg(QDir::toNativeSeparators(m_report.movedAsideTo)));
    if (m_backups->count() > 0) {
        m_backupsLabel->setText(tr("Good &backups, newest first. Restoring one brings back your data as it "
                                   "was then:"));
    } else {
        m_backupsLabel->setText(tr("There is no good backup to restore. If you close this window, Outpace "
                                   "starts with empty data; the refused file stays where it was kept."));
    }
    m_backups->setAccessibleName(tr("Good backups"));
    m_restore->setText(tr("&Restore this backup"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    m_retry->setText(tr("&Try again"));
    m_retry->setAccessibleName(tr("Try again"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace outpace
