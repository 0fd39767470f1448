#include "pages/SettingsPage.h"

#include "pages/BackupsPanel.h"
#include "pages/ProfilesPanel.h"
#include "pages/ResearchPanel.h"
#include "pages/TransferPanel.h"
#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace outpace {

SettingsPage::SettingsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_general(new QWidget(m_tabs))
    , m_languageLabel(new QLabel(m_general))
    , m_languageBox(new QComboBox(m_general))
    , m_reauditLabel(new QLabel(m_general))
    , m_reauditWeeks(new QSpinBox(m_general))
    , m_reauditNote(new QLabel(m_general))
    , m_generalProblem(new QLabel(m_general))
    , m_profiles(new ProfilesPanel(workspace, m_tabs))
    , m_backups(new BackupsPanel(workspace, m_tabs))
    , m_transfer(new TransferPanel(workspace, m_tabs))
    , m_research(new ResearchPanel(workspace, m_tabs))
    , m_about(new QTextBrowser(m_tabs))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);

    // Each language named in itself, as in the View menu.
    m_languageBox->addItem(QStringLiteral("English"), int(Language::English));
    m_languageBox->addItem(QStringLiteral("Français"), int(Language::French));
    m_languageLabel->setBuddy(m_languageBox);
    m_reauditWeeks->setRange(1, 52);
    m_reauditLabel->setBuddy(m_reauditWeeks);
    m_reauditNote->setWordWrap(true);
    m_generalProblem->setWordWrap(true);
    m_generalProblem->hide();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(m_reauditLabel, m_reauditWeeks);
    form->addRow(QString(), m_reauditNote);
    auto *general = new QVBoxLayout(m_general);
    general->addLayout(form);
    general->addWidget(m_generalProblem);
    general->addStretch(1);

    m_about->setOpenExternalLinks(false);
    m_about->setText(aboutHtml(workspace));

    for (QWidget *tab : {m_general, static_cast<QWidget *>(m_profiles), static_cast<QWidget *>(m_backups),
             static_cast<QWidget *>(m_transfer), static_cast<QWidget *>(m_research),
             static_cast<QWidget *>(m_about)})
        m_tabs->addTab(tab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_languageBox, &QComboBox::activated, this,
        [this] { emit languageChosen(Language(m_languageBox->currentData().toInt())); });
    connect(m_reauditWeeks, &QSpinBox::valueChanged, this, [this](int weeks) {
        if (m_reauditWeeks->signalsBlocked())
            return;
        if (Status saved = m_workspace.setReauditWeeks(weeks); !saved) {
            m_generalProblem->setText(tr("The setting was not saved: %1").arg(saved.error()));
            m_generalProblem->show();
        } else {
            m_generalProblem->hide();
        }
    });
    connect(&m_workspace, &Workspace::dataReplaced, this, [this] {
        if (isVisible())
            loadGeneral();
    });
    retranslate();
}

QString SettingsPage::aboutHtml(const Workspace &workspace)
{
    QString html
        = tr("<h3>Outpace %1</h3><p>How exposed a job is to AI, where you stand, and how to adapt.</p>"
             "<p>Everything stays on this computer: no account, no network.</p>"
             "<p>Scoring model version %2.</p>")
              .arg(
                  QStringLiteral(OUTPACE_VERSION).toHtmlEscaped(), workspace.model().version.toHtmlEscaped());
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Data sources"));
    for (const SourceCredit &source : DisplayNames::sources()) {
        //: A data source in About: what it gives, its citation, and its licence.
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: %2. Licence: %3.")
                             .arg(source.what.toHtmlEscaped(), source.citation.toHtmlEscaped(),
                                 source.licence.toHtmlEscaped()));
    }
    html += QStringLiteral("</ul>");
    return html;
}

void SettingsPage::setLanguage(Language language)
{
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(int(language))));
}

void SettingsPage::showAbout()
{
    m_tabs->setCurrentWidget(m_about);
}

void SettingsPage::loadGeneral()
{
    const Result<int> weeks = m_workspace.reauditWeeks();
    QSignalBlocker quiet(m_reauditWeeks);
    if (weeks) {
        m_reauditWeeks->setValue(weeks.value());
        m_reauditWeeks->setEnabled(true);
    } else {
        m_reauditWeeks->setEnabled(false);
        m_generalProblem->setText(tr("Your settings could not be read: %1").arg(weeks.error()));
        m_generalProblem->show();
    }
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadGeneral();
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings and data"));
    m_tabs->setTabText(m_tabs->indexOf(m_general), tr("&General"));
    m_tabs->setTabText(m_tabs->indexOf(m_profiles), tr("&Profiles"));
    m_tabs->setTabText(m_tabs->indexOf(m_backups), tr("&Backups"));
    m_tabs->setTabText(m_tabs->indexOf(m_transfer), tr("&Import and export"));
    m_tabs->setTabText(m_tabs->indexOf(m_research), tr("&Research data"));
    m_tabs->setTabText(m_tabs->indexOf(m_about), tr("A&bout"));
    m_tabs->setAccessibleName(tr("Settings and data"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setAccessibleName(tr("Language"));
    m_reauditLabel->setText(tr("&Weeks between audits:"));
    m_reauditWeeks->setAccessibleName(tr("Weeks between audits"));
    m_reauditNote->setText(tr("After this many weeks the roadmap reminds you to take the audit again, to see "
                              "how your work has moved."));
    m_about->setAccessibleName(tr("About Outpace"));
    m_about->setText(aboutHtml(m_workspace));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace outpace
