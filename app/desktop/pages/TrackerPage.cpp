#include "pages/TrackerPage.h"

#include "catalog/Catalog.h"
#include "charts/HistoryChart.h"
#include "charts/ProgressChart.h"
#include "pages/RoadmapStepDelegate.h"
#include "pages/StepsTree.h"
#include "widgets/BulletList.h"
#include "widgets/HeadlineFigure.h"
#include "widgets/SteadyHeader.h"
#include "widgets/WrappedLabel.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceModels.h"

#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace outpace {

namespace {

// The history table shows a handful of rows and scrolls beyond, so fifty audits do not push the page away.
constexpr int historyRowsShown = 6;

// Removes every row of the grid but the first (the whole roadmap's).
void clearPhaseRows(QGridLayout *grid)
{
    for (int i = grid->count() - 1; i >= 0; --i) {
        int row = 0, column = 0, rows = 0, columns = 0;
        grid->getItemPosition(i, &row, &column, &rows, &columns);
        if (row == 0)
            continue;
        QLayoutItem *item = grid->takeAt(i);
        delete item->widget();
        delete item;
    }
}

} // namespace

TrackerPage::TrackerPage(Workspace &workspace, QWidget *parent)
    : ScrollPage(parent)
    , m_workspace(workspace)
{
    QWidget *holder = contentWidget();
    m_title = addHeading(1);
    m_intro = addParagraph();

    auto *planRow = new QHBoxLayout;
    m_planLabel = new QLabel(holder);
    m_planBox = new QComboBox(holder);
    m_planBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_planLabel->setBuddy(m_planBox);
    m_checkInButton = new QPushButton(holder);
    planRow->addWidget(m_planLabel);
    planRow->addWidget(m_planBox, 1);
    planRow->addWidget(m_checkInButton);
    content()->addLayout(planRow);

    m_problem = addParagraph();
    m_problem->hide();
    m_empty = addParagraph();
    m_findButton = new QPushButton(holder);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findButton);
    findRow->addStretch(1);
    content()->addLayout(findRow);

    // The nudge stands out from the page by the palette's highlight frame, not by a colour of its own.
    m_reauditBanner = new QFrame(holder);
    m_reauditBanner->setFrameShape(QFrame::StyledPanel);
    m_reauditBanner->setBackgroundRole(QPalette::AlternateBase);
    m_reauditBanner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_reauditBanner);
    m_reauditText = makeParagraph(m_reauditBanner);
    m_reauditButton = new QPushButton(m_reauditBanner);
    bannerLayout->addWidget(m_reauditText, 1);
    bannerLayout->addWidget(m_reauditButton);
    content()->addWidget(m_reauditBanner);

    m_planSections = new QWidget(holder);
    auto *sections = new QVBoxLayout(m_planSections);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->setSpacing(10);
    content()->addWidget(m_planSections);

    auto *figures = new QHBoxLayout;
    m_overallFigure = new HeadlineFigure(m_planSections);
    m_streakFigure = new HeadlineFigure(m_planSections);
    m_hoursFigure = new HeadlineFigure(m_planSections);
    figures->addWidget(m_overallFigure, 1);
    figures->addWidget(m_streakFigure, 1);
    figures->addWidget(m_hoursFigure, 1);
    sections->addLayout(figures);

    // The whole roadmap and each phase in one grid, so their bars line up.
    m_phaseBars = new QGridLayout;
    m_overallLabel = new QLabel(m_planSections);
    m_overall = new QProgressBar(m_planSections);
    m_overall->setTextVisible(true);
    m_phaseBars->addWidget(m_overallLabel, 0, 0);
    m_phaseBars->addWidget(m_overall, 0, 1);
    m_phaseBars->setColumnStretch(1, 1);
    sections->addLayout(m_phaseBars);

    const auto heading = [this, sections] {
        auto *label = new WrappedLabel(m_planSections);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        label->setFont(font);
        label->setContentsMargins(0, 8, 0, 0);
        sections->addWidget(label);
        return label;
    };
    const auto paragraph = [this, sections] {
        QLabel *label = makeParagraph(m_planSections);
        sections->addWidget(label);
        return label;
    };

    m_weekHeading = heading();
    m_quickActions = new BulletList(m_planSections);
    sections->addWidget(m_quickActions);
    m_noQuickActions = paragraph();

    m_stepsHeading = heading();
    m_stepsHint = paragraph();
    m_stepsModel = new RoadmapStepsModel(m_workspace, this);
    m_delegate = new RoadmapStepDelegate(this);
    auto *steps = new StepsTree(m_delegate, m_planSections);
    m_steps = steps;
    m_steps->setModel(m_stepsModel);
    m_steps->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
        | QAbstractItemView::EditKeyPressed);
    m_steps->setAlternatingRowColors(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(RoadmapStepsModel::TextColumn, QHeaderView::Stretch);
    m_steps->header()->resizeSection(RoadmapStepsModel::NoteColumn, 160);
    sections->addWidget(m_steps);
    // A reset collapses the tree; every phase is open again after each change, and the columns fit the
    // new rows.
    connect(m_stepsModel, &QAbstractItemModel::modelReset, steps, [steps] {
        steps->expandAll();
        steps->fitColumns();
    });
    // Wrapped rows change height with the steps' column, which takes what the others leave: a column
    // dragged wider or narrower changes the rows and the tree's height.
    connect(m_steps->header(), &QHeaderView::sectionResized, steps, &StepsTree::fitRows);

    m_chartHeading = heading();
    m_chartNote = paragraph();
    m_progressChart = new ProgressChart(m_planSections);
    sections->addWidget(m_progressChart);

    m_historyHeading = addHeading();
    m_historyNote = addParagraph();
    m_historyModel = new ScoreHistoryModel(m_workspace, this);
    m_historyChart = new HistoryChart(holder);
    content()->addWidget(m_historyChart);
    m_historyTable = new QTableView(holder);
    // The table's own header, as QTableView makes it, but measured once for its titles.
    auto *historyHeader = new SteadyHeader(Qt::Horizontal, m_historyTable);
    historyHeader->setSectionsClickable(true);
    historyHeader->setHighlightSections(true);
    m_historyTable->setHorizontalHeader(historyHeader);
    // Hidden before the rows come: a shown row header measures every row's number.
    m_historyTable->verticalHeader()->hide();
    m_historyTable->setModel(m_historyModel);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->horizontalHeader()->setSectionResizeMode(
        ScoreHistoryModel::RoleColumn, QHeaderView::Stretch);
    m_historyTable->horizontalHeader()->setSectionResizeMode(
        ScoreHistoryModel::TakenColumn, QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(
        ScoreHistoryModel::RiskColumn, QHeaderView::ResizeToContents);
    // Every row of a column has the same shape (a date, a score): the rows in sight give its width, so
    // years of audits are not measured one by one at each layout.
    m_historyTable->horizontalHeader()->setResizeContentsPrecision(0);
    content()->addWidget(m_historyTable);
    content()->addStretch(1);

    connect(m_historyChart, &HistoryChart::pointClicked, this, &TrackerPage::chooseHistoryRow);
    connect(m_historyTable, &QTableView::activated, this,
        [this](const QModelIndex &index) { chooseHistoryRow(index.row()); });
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, &TrackerPage::refreshHistory);
    connect(m_planBox, &QComboBox::activated, this, [this] {
        m_wantedPlan = m_planBox->currentData().toLongLong();
        refreshTracker();
    });
    connect(m_checkInButton, &QPushButton::clicked, this, &TrackerPage::checkInRequested);
    connect(m_findButton, &QPushButton::clicked, this, &TrackerPage::findRoleRequested);
    connect(m_reauditButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Plan> plan = currentPlan())
            emit auditRequested(plan->roleId);
    });

    // Any change to the personal data shows here; the page reads it again when next seen.
    const auto changed = [this] { refresh(); };
    connect(&m_workspace, &Workspace::planChanged, this, changed);
    connect(&m_workspace, &Workspace::stepChanged, this, changed);
    connect(&m_workspace, &Workspace::checkInSaved, this, changed);
    connect(&m_workspace, &Workspace::auditSaved, this, changed);
    connect(&m_workspace, &Workspace::profileChanged, this, changed);
    connect(&m_workspace, &Workspace::dataReplaced, this, changed);
    connect(&m_workspace, &Workspace::reauditWeeksChanged, this, changed);

    retranslate();
}

void TrackerPage::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    refresh();
}

void TrackerPage::showPlanFor(const QString &roleId)
{
    m_wantedRole = roleId;
    m_wantedPlan.reset();
    refresh();
}

std::optional<Plan> TrackerPage::currentPlan() const
{
    // The model keeps an empty plan once the profile has none left.
    const std::optional<Plan> plan = m_stepsModel->plan();
    return plan && plan->id != 0 ? plan : std::nullopt;
}

QString TrackerPage::streakText() const
{
    return m_streakFigure->figure();
}

bool TrackerPage::reauditShown() const
{
    return !m_reauditBanner->isHidden();
}

void TrackerPage::refresh()
{
    // Reading a long history costs; a page nobody looks at waits until it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refreshPlans();
    m_historyModel->setLanguage(m_language);
}

void TrackerPage::showEvent(QShowEvent *event)
{
    ScrollPage::showEvent(event);
    if (m_stale)
        refresh();
}

QString TrackerPage::roleTitle(const QString &roleId) const
{
    const Role *role = m_workspace.catalog().role(roleId);
    return role ? role->title.in(m_language) : roleId;
}

void TrackerPage::refreshPlans()
{
    m_problem->hide();
    const Result<QList<Plan>> plans = m_workspace.plans();
    if (!plans) {
        m_problem->setText(tr("Your plans could not be read: %1").arg(plans.error()));
        m_problem->show();
        m_plans.clear();
        m_planBox->clear();
        setSectionsVisible(false);
        m_empty->hide();
        m_findButton->hide();
        return;
    }
    m_plans = plans.value();
    const qint64 shown = m_wantedPlan.value_or(m_planBox->currentData().toLongLong());
    m_planBox->clear();
    int chosen = 0;
    for (const Plan &plan : plans.value()) {
        m_planBox->addItem(roleTitle(plan.roleId), plan.id);
        if ((!m_wantedRole.isEmpty() && plan.roleId == m_wantedRole)
            || (m_wantedRole.isEmpty() && plan.id == shown))
            chosen = m_planBox->count() - 1;
    }
    m_wantedRole.clear();
    const bool any = !plans->isEmpty();
    m_empty->setVisible(!any);
    m_findButton->setVisible(!any);
    // Without a plan there is nothing to choose nor to check in for: the sentence above says what to do.
    m_planLabel->setVisible(any);
    m_planBox->setVisible(any);
    m_checkInButton->setVisible(any);
    if (!any) {
        setSectionsVisible(false);
        m_stepsModel->setPlan(Plan(), m_language);
        return;
    }
    m_planBox->setCurrentIndex(chosen);
    m_wantedPlan = m_planBox->currentData().toLongLong();
    refreshTracker();
}

void TrackerPage::setSectionsVisible(bool visible)
{
    m_planSections->setVisible(visible);
    if (!visible)
        m_reauditBanner->hide();
}

void TrackerPage::refreshTracker()
{
    std::optional<Plan> plan;
    for (const Plan &candidate : std::as_const(m_plans)) {
        if (candidate.id == m_planBox->currentData().toLongLong())
            plan = candidate;
    }
    if (!plan) {
        setSectionsVisible(false);
        return;
    }
    const Result<TrackerSnapshot> snapshot = m_workspace.tracker(*plan, m_language);
    if (!snapshot) {
        m_problem->setText(tr("This roadmap could not be read: %1").arg(snapshot.error()));
        m_problem->show();
        setSectionsVisible(false);
        return;
    }
    const std::optional<Plan> before = m_stepsModel->plan();
    if (!before || before->id != plan->id || m_modelLanguage != m_language) {
        m_modelLanguage = m_language;
        m_stepsModel->setPlan(*plan, m_language);
    }
    m_delegate->setWeeks(IsoWeek::containing(plan->startDate), snapshot->currentWeek);
    setSectionsVisible(true);

    const QLocale locale;
    const PlanProgress &progress = snapshot->progress;
    m_overallFigure->set(tr("Roadmap done"),
        tr("%1%").arg(locale.toString(progress.overall.fraction() * 100, 'f', 0)),
        tr("%n of %1 steps done", nullptr, progress.overall.done).arg(progress.overall.total),
        tr("Counted from the steps you marked done."));
    m_streakFigure->set(tr("Streak"),
        progress.streak == 1 ? tr("%n week", nullptr, progress.streak)
                             : tr("%n weeks", nullptr, progress.streak),
        progress.streak == 0 ? tr("Check in this week to start one.") : tr("in a row with a check-in"),
        tr("Weeks in a row with a check-in, up to this week."));
    double hoursThisWeek = 0;
    for (const CheckIn &checkIn : snapshot->checkIns) {
        if (checkIn.week == snapshot->currentWeek)
            hoursThisWeek = checkIn.hours;
    }
    m_hoursFigure->set(tr("Learning this week"), tr("%1 h").arg(locale.toString(hoursThisWeek, 'f', 1)),
        snapshot->currentWeek.toString(), tr("The hours of this week's check-in."));

    m_overall->setRange(0, std::max(1, progress.overall.total));
    m_overall->setValue(progress.overall.done);
    //: On a progress bar: %v steps done of %m.
    m_overall->setFormat(tr("%v of %m"));
    m_overall->setAccessibleName(
        tr("Whole roadmap: %1 of %2 steps done").arg(progress.overall.done).arg(progress.overall.total));
    clearPhaseRows(m_phaseBars);
    for (int i = 0; i < snapshot->phases.size(); ++i) {
        const TrackerPhase &phase = snapshot->phases[i];
        auto *label = new WrappedLabel(tr("Phase %1: %2").arg(i + 1).arg(phase.title), m_planSections);
        label->setToolTip(phase.goal);
        auto *bar = new QProgressBar(m_planSections);
        bar->setRange(0, std::max(1, phase.progress.total));
        bar->setValue(phase.progress.done);
        bar->setFormat(tr("%v of %m"));
        bar->setAccessibleName(tr("Phase %1: %2 of %3 steps done")
                                   .arg(i + 1)
                                   .arg(phase.progress.done)
                                   .arg(phase.progress.total));
        label->setBuddy(bar);
        m_phaseBars->addWidget(label, i + 1, 0);
        m_phaseBars->addWidget(bar, i + 1, 1);
    }

    m_quickActions->setItems(snapshot->quickActions);
    m_quickActions->setVisible(!snapshot->quickActions.isEmpty());
    m_noQuickActions->setText(tr("This roadmap has no quick actions."));
    m_noQuickActions->setVisible(snapshot->quickActions.isEmpty());

    const ReauditStatus &reaudit = progress.reaudit;
    m_reauditBanner->setVisible(reaudit.due);
    if (!reaudit.lastAudit.isValid()) {
        m_reauditText->setText(tr("You have not taken the audit yet. It takes about two minutes and gives "
                                  "your own score, which this page then follows from audit to audit."));
        m_reauditButton->setText(tr("Take the audit"));
    } else {
        const QString when = locale.toString(reaudit.lastAudit.toLocalTime().date(), QLocale::LongFormat);
        m_reauditText->setText(progress.reauditWeeks == 1
                ? tr(
                    "Your last audit was on %1, more than a week ago: take it again to see how far your work "
                    "has moved.")
                      .arg(when)
                : tr("Your last audit was on %1, more than %2 weeks ago: take it again to see how far your "
                     "work "
                     "has moved.")
                      .arg(when)
                      .arg(progress.reauditWeeks));
        m_reauditButton->setText(tr("Take the audit again"));
    }
    m_reauditButton->setAccessibleName(m_reauditButton->text());

    m_progressChart->setWeeks(progress.weeks);
    m_progressChart->setAccessibleName(tr("Progress week by week"));
    m_chartNote->setText(progress.weeks.size() > ProgressChart::maximumWeeks
            ? tr("The last %1 weeks: the line shows the share of steps done, the dashed line what the plan "
                 "expected by then, the bars the hours you spent learning.")
                  .arg(ProgressChart::maximumWeeks)
            : tr(
                "The line shows the share of steps done, the dashed line what the plan expected by then, the "
                "bars the hours you spent learning."));
}

void TrackerPage::refreshHistory()
{
    QList<HistoryChart::Point> points;
    m_historyIds.clear();
    for (const AuditRecord &audit : m_historyModel->audits()) {
        points.append({audit.takenAt.toLocalTime(), audit.risk});
        m_historyIds.append(audit.id);
    }
    m_historyChart->setPoints(points, tr("Score"));
    m_historyChart->setVisible(!points.isEmpty());
    m_historyTable->setVisible(!points.isEmpty());
    const int rows = std::min<int>(int(points.size()), historyRowsShown);
    m_historyTable->setFixedHeight(m_historyTable->horizontalHeader()->sizeHint().height()
        + rows * m_historyTable->verticalHeader()->defaultSectionSize() + 2 * m_historyTable->frameWidth());
    m_historyNote->setText(points.isEmpty()
            ? tr("No audit saved yet. Each audit you save adds a point here, so you can see your score move.")
            : tr("Each point is a saved audit. Click one, or choose a row and press Enter, to open its "
                 "result."));
}

void TrackerPage::chooseHistoryRow(int row)
{
    if (row >= 0 && row < m_historyIds.size())
        emit auditChosen(m_historyIds[row]);
}

void TrackerPage::retranslate()
{
    m_title->setText(tr("Roadmap"));
    m_intro->setText(tr("Your plan, week by week: tick the steps you finish, note what you learn, and check "
                        "in once a week (Ctrl+K)."));
    m_planLabel->setText(tr("&Plan:"));
    m_planBox->setAccessibleName(tr("Plan"));
    m_checkInButton->setText(tr("&Check in…"));
    m_checkInButton->setAccessibleName(tr("Check in for a week"));
    m_empty->setText(tr("You have no roadmap yet. Open a role's portrait and choose Start my roadmap: its "
                        "three phases become your plan, week by week."));
    m_findButton->setText(tr("&Find a role"));
    m_findButton->setAccessibleName(tr("Find a role"));
    m_reauditBanner->setAccessibleName(tr("Time for a new audit"));
    m_overallLabel->setText(tr("Whole roadmap"));
    m_overallLabel->setBuddy(m_overall);
    m_weekHeading->setText(tr("This week"));
    m_stepsHeading->setText(tr("Phases and steps"));
    m_stepsHint->setText(tr("Tick a step when it is done. Double-click (or press F2 on) its status, note or "
                            "target week to change it; every change is saved at once."));
    m_steps->setAccessibleName(tr("Roadmap steps"));
    m_chartHeading->setText(tr("Progress week by week"));
    m_historyHeading->setText(tr("Your score across audits"));
    m_historyChart->setAccessibleName(tr("Score across audits"));
    m_historyTable->setAccessibleName(tr("Saved audits"));
    if (!m_stale && isVisible())
        refresh();
}

void TrackerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ScrollPage::changeEvent(event);
}

} // namespace outpace
