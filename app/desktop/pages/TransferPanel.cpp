#include "pages/TransferPanel.h"

#include "widgets/Ask.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace outpace {

TransferPanel::TransferPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_exportText(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_importText(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    for (QLabel *label : {m_exportText, m_importText, m_outcome})
        label->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const auto row = [](QPushButton *button) {
        auto *layout = new QHBoxLayout;
        layout->addWidget(button);
        layout->addStretch(1);
        return layout;
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_exportText);
    layout->addLayout(row(m_export));
    layout->addSpacing(12);
    layout->addWidget(m_importText);
    layout->addLayout(row(m_import));
    layout->addSpacing(12);
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export your data"),
            QDir(documents).filePath(QStringLiteral("outpace-data.json")), tr("JSON files (*.json)"), nullptr,
            // The target is checked, and any replacement asked, by Outpace itself.
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import data"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    retranslate();
}

bool TransferPanel::exportTo(const QString &path)
{
    const ExportTarget::Check target = m_workspace.checkExportTarget(path);
    bool replace = false;
    if (target.verdict == ExportTarget::Verdict::Refused) {
        Ask::warn(this, tr("Export your data"), tr("Nothing was written: %1").arg(target.reason));
        return false;
    }
    if (target.verdict == ExportTarget::Verdict::NeedsConfirmation) {
        if (!Ask::confirm(this, tr("Export your data"), target.reason, tr("Replace it")))
            return false;
        replace = true;
    }
    const Result<int> written = m_workspace.exportTo(path, replace);
    if (!written) {
        Ask::warn(this, tr("Export your data"), tr("The export failed: %1").arg(written.error()));
        return false;
    }
    m_outcome->setText(
        tr("Exported to %1 (profiles: %2).").arg(QDir::toNativeSeparators(path)).arg(written.value()));
    return true;
}

bool TransferPanel::importFrom(const QString &path)
{
    if (!Ask::confirm(this, tr("Import data"),
            tr("Replace all the personal data in this folder with the content of %1? A backup of what is "
               "here now is taken first.")
                .arg(QDir::toNativeSeparators(path)),
            tr("Import")))
        return false;
    const Result<ImportedData> imported = m_workspace.importFrom(path);
    if (!imported) {
        Ask::warn(this, tr("Import data"), imported.errors().join(QLatin1Char('\n')));
        m_outcome->setText(imported.errors().join(QLatin1Char('\n')));
        return false;
    }
    m_outcome->setText(tr("Imported (profiles: %1). The data replaced is kept in the backup %2.")
                           .arg(imported->profiles)
                           .arg(QDir::toNativeSeparators(imported->keptBackup)));
    return true;
}

void TransferPanel::retranslate()
{
    m_exportText->setText(tr("Export writes all your personal data (every profile, audit, plan, step and "
                             "check-in) into one JSON file, to keep or to move to another computer."));
    m_export->setText(tr("&Export…"));
    m_export->setAccessibleName(tr("Export your data to a file"));
    m_importText->setText(tr("Import replaces the personal data here with an exported file's, after a "
                             "backup. A file that is damaged or not an Outpace export changes nothing, and "
                             "Outpace says why."));
    m_import->setText(tr("&Import…"));
    m_import->setAccessibleName(tr("Import data from a file"));
}

void TransferPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace outpace
