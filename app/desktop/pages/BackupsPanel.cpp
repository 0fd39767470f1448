#include "pages/BackupsPanel.h"

#include "widgets/Ask.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outpace {

namespace {

constexpr int BackupPathData = Qt::UserRole + 1;

QString backupKindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Automatic:
        return BackupsPanel::tr("Daily, automatic");
    case BackupKind::Manual:
        return BackupsPanel::tr("Made on request");
    case BackupKind::BeforeImport:
        return BackupsPanel::tr("Before an import");
    case BackupKind::BeforeRestore:
        return BackupsPanel::tr("Before a restore");
    }
    return {};
}

} // namespace

BackupsPanel::BackupsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_backUp(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);

    connect(m_backUp, &QPushButton::clicked, this, &BackupsPanel::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            restore(item->data(0, BackupPathData).toString());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { m_restore->setEnabled(item != nullptr); });
    connect(&m_workspace, &Workspace::dataReplaced, this, &BackupsPanel::refresh);
    retranslate();
}

void BackupsPanel::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const BackupFile &backup : m_workspace.backups()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(backup.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, backupKindName(backup.kind));
        item->setText(2, QFileInfo(backup.path).fileName());
        item->setToolTip(2, QDir::toNativeSeparators(backup.path));
        item->setData(0, BackupPathData, backup.path);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(m_list->currentItem() != nullptr);
    if (m_list->topLevelItemCount() == 0)
        m_outcome->setText(
            tr("No backup yet. Outpace makes one each day it opens your data; Back up now makes "
               "one at once."));
}

void BackupsPanel::backUpNow()
{
    m_backUp->setEnabled(false);
    m_outcome->setText(tr("Backing up…"));
    // The copy is written by a worker so the window keeps answering.
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_backUp->setEnabled(true);
        const Result<QString> made = watcher->future().result();
        refresh();
        if (made)
            m_outcome->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(made.value())));
        else
            m_outcome->setText(tr("The backup failed: %1").arg(made.error()));
        emit backupFinished(made.ok());
    });
    watcher->setFuture(m_workspace.backupJob());
}

bool BackupsPanel::restore(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!Ask::confirm(this, tr("Restore a backup"),
            tr("Replace your personal data with the backup %1? The data you have now is kept aside in the "
               "backups folder first, so nothing is lost.")
                .arg(name),
            tr("Restore")))
        return false;
    const Result<RestoredData> restored = m_workspace.restore(path);
    if (!restored) {
        Ask::warn(this, tr("Restore a backup"),
            tr("The backup was not restored: %1").arg(restored.errors().join(QLatin1Char('\n'))));
        return false;
    }
    refresh();
    m_outcome->setText(restored->keptAside.isEmpty()
            ? tr("Restored %1.").arg(name)
            : tr("Restored %1. The data it replaced is kept in %2.")
                  .arg(name, QDir::toNativeSeparators(restored->keptAside)));
    return true;
}

void BackupsPanel::retranslate()
{
    m_intro->setText(tr("Outpace backs up your data each day it opens it, and before an import or a "
                        "restore. Restoring one keeps the data you have now aside first."));
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("File")});
    m_list->setAccessibleName(tr("Backups"));
    m_backUp->setText(tr("&Back up now"));
    m_backUp->setAccessibleName(tr("Back up now"));
    m_restore->setText(tr("&Restore…"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    if (isVisible())
        refresh();
}

void BackupsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void BackupsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace outpace
