#include "pages/AuditPage.h"

#include "catalog/Catalog.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceModels.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace outpace {

namespace {

constexpr int StepCount = 3;
constexpr std::array<ToolFrequency, 4> frequencies
    = {ToolFrequency::Never, ToolFrequency::Monthly, ToolFrequency::Weekly, ToolFrequency::Daily};

QString frequencyName(ToolFrequency frequency)
{
    switch (frequency) {
    case ToolFrequency::Never:
        return AuditPage::tr("Never");
    case ToolFrequency::Monthly:
        return AuditPage::tr("Monthly");
    case ToolFrequency::Weekly:
        return AuditPage::tr("Weekly");
    case ToolFrequency::Daily:
        return AuditPage::tr("Daily");
    }
    return {};
}

QString experienceName(Experience level)
{
    switch (level) {
    case Experience::Junior:
        return AuditPage::tr("Junior: learning the job, working under guidance");
    case Experience::Mid:
        return AuditPage::tr("Mid-level: autonomous on most of the work");
    case Experience::Senior:
        return AuditPage::tr("Senior: handles the hard cases, guides others");
    case Experience::Lead:
        return AuditPage::tr("Lead: sets direction, owns decisions and trade-offs");
    }
    return {};
}

} // namespace

AuditPage::AuditPage(const Workspace &workspace, QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_catalog(workspace.catalog())
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_stepLabel(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_steps(new QStackedWidget(this))
    , m_weekHint(new QLabel(this))
    , m_week(new QTableWidget(this))
    , m_totalLabel(new QLabel(this))
    , m_toolsHint(new QLabel(this))
    , m_tools(new QTableWidget(this))
    , m_experienceHint(new QLabel(this))
    , m_experience(new QButtonGroup(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_finish(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    QFont stepFont = m_stepLabel->font();
    stepFont.setBold(true);
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.2);
    m_stepLabel->setFont(stepFont);
    m_preview->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->setFont(stepFont);
    for (QLabel *hint : {m_weekHint, m_toolsHint, m_experienceHint})
        hint->setWordWrap(true);

    // Step 1: your week.
    auto *week = new QWidget;
    auto *weekLayout = new QVBoxLayout(week);
    weekLayout->setContentsMargins(0, 0, 0, 0);
    weekLayout->addWidget(m_weekHint);
    m_week->setColumnCount(3);
    m_week->verticalHeader()->hide();
    m_week->setSelectionMode(QAbstractItemView::NoSelection);
    m_week->setWordWrap(true);
    m_week->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_week->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_week->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_week->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_week->setTabKeyNavigation(false);
    weekLayout->addWidget(m_week, 1);
    weekLayout->addWidget(m_totalLabel);
    m_steps->addWidget(week);

    // Step 2: your AI tools.
    auto *tools = new QWidget;
    auto *toolsLayout = new QVBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    toolsLayout->addWidget(m_toolsHint);
    m_tools->setColumnCount(2);
    m_tools->verticalHeader()->hide();
    m_tools->setSelectionMode(QAbstractItemView::NoSelection);
    m_tools->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tools->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tools->setTabKeyNavigation(false);
    toolsLayout->addWidget(m_tools, 1);
    m_steps->addWidget(tools);

    // Step 3: your experience.
    auto *experience = new QWidget;
    auto *experienceLayout = new QVBoxLayout(experience);
    experienceLayout->setContentsMargins(0, 0, 0, 0);
    experienceLayout->addWidget(m_experienceHint);
    for (Experience level : allExperienceLevels) {
        auto *button = new QRadioButton(experience);
        m_experience->addButton(button, int(level));
        experienceLayout->addWidget(button);
    }
    experienceLayout->addStretch(1);
    m_steps->addWidget(experience);
    connect(m_experience, &QButtonGroup::idClicked, this, [this] {
        readControls();
        updatePreview();
        saveDraft();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_stepLabel, 1);
    header->addWidget(m_preview);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);
    m_next->setDefault(true);
    m_finish->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { goTo(step() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goTo(step() + 1); });
    connect(m_finish, &QPushButton::clicked, this, [this] {
        readControls();
        saveDraft();
        // The answers stay as the next audit's starting point; the wizard starts again at its first step.
        m_settings.setValue(draftKey() + QStringLiteral("-step"), 0);
        emit finished(m_answers);
    });
    retranslate();
    goTo(0);
}

int AuditPage::step() const
{
    return m_steps->currentIndex();
}

QDoubleSpinBox *AuditPage::hoursBox(int taskIndex) const
{
    return m_hours.value(taskIndex);
}

QComboBox *AuditPage::toolBox(const QString &toolId) const
{
    for (const auto &entry : m_toolBoxes) {
        if (entry.first == toolId)
            return entry.second;
    }
    return nullptr;
}

void AuditPage::setExperience(Experience level)
{
    if (QAbstractButton *button = m_experience->button(int(level)))
        button->click();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_weekHint->setText(
        tr("How many hours do you spend on each task in a typical week? The role’s usual split "
           "is filled in; change what differs for you. Time outside these tasks goes under "
           "“Other work”."));
    m_week->setHorizontalHeaderLabels({tr("Task"), tr("Hours a week"), tr("Share of your time")});
    m_week->setAccessibleName(tr("Hours on each task"));
    m_toolsHint->setText(tr("Which AI tools do you use for this work, and how often? The role’s tools come "
                            "first."));
    m_tools->setHorizontalHeaderLabels({tr("AI tool"), tr("How often")});
    m_tools->setAccessibleName(tr("AI tools and how often you use them"));
    m_experienceHint->setText(tr("How experienced are you in this role?"));
    for (Experience level : allExperienceLevels)
        m_experience->button(int(level))->setText(experienceName(level));
    m_back->setText(tr("&Back"));
    m_next->setText(tr("&Next"));
    m_finish->setText(tr("&Finish"));
    for (const auto &entry : std::as_const(m_toolBoxes)) {
        for (int i = 0; i < int(frequencies.size()); ++i)
            entry.second->setItemText(i, frequencyName(frequencies[i]));
    }
    if (m_otherHours)
        m_week->item(m_week->rowCount() - 1, 0)->setText(tr("Other work"));
    goTo(step());
}

void AuditPage::setRole(const Role *role, Language language)
{
    m_role = role;
    m_language = language;
    if (!role)
        return;
    Result<AuditAnswers> defaults = m_workspace.defaultAnswers(RoleRef::role(role->id));
    m_answers = defaults ? defaults.value() : AuditAnswers::emptyFor(*role);
    // A draft of this role resumes where it was left.
    const QByteArray draft = m_settings.value(draftKey()).toByteArray();
    if (!draft.isEmpty()) {
        Result<AuditAnswers> read = AuditAnswers::fromJson(draft, QStringLiteral("draft"), *role, m_catalog);
        if (read)
            m_answers = read.value();
    }
    m_title->setText(tr("Audit: %1").arg(role->title.in(language)));
    m_loading = true;
    buildWeek();
    buildTools();
    if (QAbstractButton *button = m_experience->button(int(m_answers.experience)))
        button->setChecked(true);
    m_loading = false;
    updateShares();
    updatePreview();
    goTo(m_settings.value(draftKey() + QStringLiteral("-step"), 0).toInt());
}

void AuditPage::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_role)
        return;
    const int current = step();
    m_title->setText(tr("Audit: %1").arg(m_role->title.in(language)));
    m_loading = true;
    buildWeek();
    buildTools();
    m_loading = false;
    updateShares();
    updatePreview();
    goTo(current);
}

QString AuditPage::draftKey() const
{
    return m_role ? QStringLiteral("audit/draft-%1").arg(m_role->id) : QString();
}

void AuditPage::buildWeek()
{
    m_week->clearContents();
    m_hours.clear();
    m_week->setRowCount(int(m_role->tasks.size()) + 1);
    const auto addRow = [this](int row, const QString &title, double hours) {
        auto *item = new QTableWidgetItem(title);
        item->setFlags(Qt::ItemIsEnabled);
        m_week->setItem(row, 0, item);
        auto *box = new QDoubleSpinBox(m_week);
        box->setRange(0, 80);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setValue(hours);
        box->setAccessibleName(tr("Hours a week on %1").arg(title));
        m_week->setCellWidget(row, 1, box);
        auto *share = new QTableWidgetItem;
        share->setFlags(Qt::ItemIsEnabled);
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_week->setItem(row, 2, share);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_loading)
                return;
            readControls();
            updateShares();
            updatePreview();
            saveDraft();
        });
        return box;
    };
    for (int i = 0; i < m_role->tasks.size(); ++i)
        m_hours.append(addRow(i, m_role->tasks[i].title.in(m_language), m_answers.taskHours.value(i)));
    m_otherHours = addRow(int(m_role->tasks.size()), tr("Other work"), m_answers.otherHours);
    // Tab walks the hours boxes in task order.
    for (int i = 1; i < m_hours.size(); ++i)
        setTabOrder(m_hours[i - 1], m_hours[i]);
    if (!m_hours.isEmpty())
        setTabOrder(m_hours.last(), m_otherHours);
}

void AuditPage::buildTools()
{
    m_tools->clearContents();
    m_toolBoxes.clear();
    // The order every front end's audit uses, so a tool is found in the same place everywhere; the role's
    // own tools in bold.
    const QStringList ids = AuditAnswersModel::toolOrder(*m_role, m_catalog);
    QStringList roleToolIds;
    for (const RoleTool &tool : m_role->tools)
        roleToolIds << tool.toolId;
    m_tools->setRowCount(int(ids.size()));
    for (int row = 0; row < ids.size(); ++row) {
        const AiTool *tool = m_catalog.tool(ids[row]);
        auto *item = new QTableWidgetItem(tool->name);
        item->setToolTip(tool->description.in(m_language));
        item->setFlags(Qt::ItemIsEnabled);
        if (roleToolIds.contains(tool->id)) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_tools->setItem(row, 0, item);
        auto *box = new QComboBox(m_tools);
        for (ToolFrequency frequency : frequencies)
            box->addItem(frequencyName(frequency), toolFrequencyKey(frequency));
        const ToolFrequency current = m_answers.tools.value(tool->id, ToolFrequency::Never);
        box->setCurrentIndex(
            int(std::find(frequencies.begin(), frequencies.end(), current) - frequencies.begin()));
        box->setAccessibleName(tr("How often you use %1").arg(tool->name));
        m_tools->setCellWidget(row, 1, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loading)
                return;
            readControls();
            updatePreview();
            saveDraft();
        });
        m_toolBoxes.append({tool->id, box});
    }
}

void AuditPage::readControls()
{
    if (!m_role)
        return;
    for (int i = 0; i < m_hours.size(); ++i)
        m_answers.taskHours[i] = m_hours[i]->value();
    m_answers.otherHours = m_otherHours ? m_otherHours->value() : 0;
    m_answers.tools.clear();
    for (const auto &entry : std::as_const(m_toolBoxes)) {
        const ToolFrequency frequency = frequencies[qMax(0, entry.second->currentIndex())];
        if (frequency != ToolFrequency::Never)
            m_answers.tools.insert(entry.first, frequency);
    }
    if (const int level = m_experience->checkedId(); level >= 0)
        m_answers.experience = Experience(level);
}

void AuditPage::updateShares()
{
    if (!m_role)
        return;
    const QLocale locale;
    const double total = m_answers.totalHours();
    const QList<double> shares = m_answers.taskShares();
    for (int i = 0; i < m_hours.size(); ++i) {
        m_week->item(i, 2)->setText(
            total > 0 ? tr("%1%").arg(locale.toString(shares.value(i) * 100, 'f', 1)) : QString());
    }
    m_week->item(int(m_hours.size()), 2)
        ->setText(
            total > 0 ? tr("%1%").arg(locale.toString(m_answers.otherShare() * 100, 'f', 1)) : QString());
    m_totalLabel->setText(total > 0 ? tr("Total: %1 hours a week").arg(locale.toString(total, 'f', 1))
                                    : tr("Enter the hours of at least one task to get a score."));
}

void AuditPage::updatePreview()
{
    if (!m_role || m_answers.totalHours() <= 0) {
        m_preview->clear();
        m_finish->setEnabled(false);
        return;
    }
    const Result<AuditOutcome> outcome = m_workspace.score(RoleRef::role(m_role->id), m_answers, m_language);
    m_finish->setEnabled(outcome.ok());
    if (!outcome) {
        m_preview->clear();
        return;
    }
    // Printed as the result page prints it, so Finish shows the figure seen here.
    m_preview->setText(tr("Your score so far: %1").arg(QLocale().toString(outcome->shownRisk, 'f', 1)));
    m_preview->setAccessibleName(m_preview->text());
}

void AuditPage::goTo(int step)
{
    step = qBound(0, step, StepCount - 1);
    m_steps->setCurrentIndex(step);
    static const char *const titles[]
        = {QT_TR_NOOP("Your week"), QT_TR_NOOP("Your AI tools"), QT_TR_NOOP("Your experience")};
    //: The audit's step count: "Step 1 of 3: Your week".
    m_stepLabel->setText(tr("Step %1 of %2: %3").arg(step + 1).arg(StepCount).arg(tr(titles[step])));
    m_back->setEnabled(step > 0);
    m_next->setVisible(step < StepCount - 1);
    m_finish->setVisible(step == StepCount - 1);
    if (m_role && !m_loading)
        m_settings.setValue(draftKey() + QStringLiteral("-step"), step);
}

void AuditPage::saveDraft()
{
    if (!m_role || m_loading)
        return;
    m_settings.setValue(draftKey(), m_answers.toJson(*m_role));
}

} // namespace outpace
