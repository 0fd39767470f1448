#include "pages/ResearchPanel.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace outpace {

ResearchPanel::ResearchPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_outcome(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *grid = new QGridLayout;
    for (int i = 0; i < 3; ++i) {
        auto *label = new QLabel(this);
        auto *field = new QLineEdit(this);
        auto *browse = new QPushButton(this);
        label->setBuddy(field);
        grid->addWidget(label, i, 0);
        grid->addWidget(field, i, 1);
        grid->addWidget(browse, i, 2);
        m_labels.append(label);
        m_fields.append(field);
        m_browse.append(browse);
        connect(browse, &QPushButton::clicked, this, [this, i] {
            const QString path = QFileDialog::getOpenFileName(this,
                m_labels[i]->text().remove(QLatin1Char('&')), QFileInfo(m_fields[i]->text()).path(),
                i == 0 ? tr("Tab-separated files (*.tsv);;All files (*)")
                       : tr("CSV files (*.csv);;All files (*)"));
            if (!path.isEmpty())
                m_fields[i]->setText(QDir::toNativeSeparators(path));
        });
    }
    grid->setColumnStretch(1, 1);
    m_progress->setRange(0, JobProgress::maximum);
    m_progress->setValue(0);
    m_progress->hide();
    m_import->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_cancel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    m_cancel->setEnabled(false);

    connect(m_import, &QPushButton::clicked, this, &ResearchPanel::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_stop.request();
        m_cancel->setEnabled(false);
        m_outcome->setText(tr("Cancelling… the data stays as it was."));
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ResearchPanel::finished);
    retranslate();
}

bool ResearchPanel::startImport()
{
    if (m_watcher.isRunning())
        return false;
    ResearchImportFiles files;
    files.labels = QDir::fromNativeSeparators(m_fields[0]->text().trimmed());
    files.bls = QDir::fromNativeSeparators(m_fields[1]->text().trimmed());
    files.applicability = QDir::fromNativeSeparators(m_fields[2]->text().trimmed());
    if (files.labels.isEmpty()) {
        m_outcome->setText(tr("Choose the label set file (full_labelset.tsv) first: it holds the tasks of "
                              "every occupation."));
        return false;
    }
    for (const QString &path : {files.labels, files.bls, files.applicability}) {
        if (!path.isEmpty() && !QFileInfo(path).isFile()) {
            m_outcome->setText(
                tr("%1 is not a file that can be read. Check the name, or choose it with Browse.")
                    .arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    m_progress->setValue(0);
    setRunning(true);
    m_outcome->setText(tr("Importing… you can keep using Outpace meanwhile."));
    m_stop = StopRequest();
    m_watcher.setFuture(m_workspace.importResearch(files, m_stop));
    return true;
}

void ResearchPanel::finished()
{
    setRunning(false);
    const QFuture<Result<ResearchImportSummary>> future = m_watcher.future();
    // The job delivers its result even when asked to stop, so a stop that came too late does not hide an
    // import that landed; only a future cancelled from elsewhere comes back without one.
    if (future.resultCount() == 0 || (!future.result() && m_stop.isRequested())) {
        m_outcome->setText(tr("The import was cancelled; the research data is as it was before."));
        emit importFinished(false);
        return;
    }
    const Result<ResearchImportSummary> outcome = future.result();
    if (!outcome) {
        m_outcome->setText(tr("Nothing was imported: %1").arg(outcome.errors().join(QLatin1Char('\n'))));
        emit importFinished(false);
        return;
    }
    const QLocale locale;
    QString text = m_stop.isRequested()
        ? tr("The import had already finished when you cancelled it, so it was kept.") + QLatin1Char(' ')
        : QString();
    text += tr("Imported: %1 tasks of %2 occupations.")
                .arg(locale.toString(outcome->tasks), locale.toString(outcome->occupations));
    if (outcome->blsOccupations >= 0)
        text += QLatin1Char(' ')
            + tr("Occupations with their wages and employment: %1.")
                  .arg(locale.toString(outcome->blsOccupations));
    if (outcome->applicabilityOccupations >= 0)
        text += QLatin1Char(' ')
            + tr("Occupations with an applicability score: %1.")
                  .arg(locale.toString(outcome->applicabilityOccupations));
    m_outcome->setText(text + QLatin1Char(' ') + tr("Every occupation can now be audited."));
    m_progress->setValue(JobProgress::maximum);
    emit importFinished(true);
}

void ResearchPanel::setRunning(bool running)
{
    m_import->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running || m_progress->value() > 0);
    for (QLineEdit *field : m_fields)
        field->setReadOnly(running);
    for (QPushButton *browse : m_browse)
        browse->setEnabled(!running);
}

void ResearchPanel::retranslate()
{
    m_intro->setText(tr("The built-in figures cover every occupation. Importing the public research files "
                        "adds each occupation's own tasks, so any occupation can be audited, not only the "
                        "curated roles. The files stay where they are; their content goes into your data "
                        "folder."));
    m_labels[0]->setText(tr("&Label set (full_labelset.tsv):"));
    m_labels[1]->setText(tr("&BLS wages (national_May2021_dl.csv, optional):"));
    m_labels[2]->setText(tr("&AI applicability (soc_ai_applicability_scores.csv, optional):"));
    m_fields[0]->setAccessibleName(tr("Label set file"));
    m_fields[1]->setAccessibleName(tr("BLS wages file"));
    m_fields[2]->setAccessibleName(tr("AI applicability file"));
    const QStringList browseNames{tr("Choose the label set file"), tr("Choose the BLS wages file"),
        tr("Choose the AI applicability file")};
    for (int i = 0; i < m_browse.size(); ++i) {
        m_browse[i]->setText(tr("Browse…"));
        m_browse[i]->setAccessibleName(browseNames[i]);
    }
    m_import->setText(tr("&Import"));
    m_import->setAccessibleName(tr("Import the research files"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_progress->setAccessibleName(tr("Import progress"));
}

void ResearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace outpace
