#include "dialogs/CheckInDialog.h"

#include "pages/RoadmapStepDelegate.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace outpace {

namespace {

// The item data a step's row keeps: its id, and whether it was done in the chosen week when loaded.
constexpr int StepIdData = Qt::UserRole + 1;
constexpr int DoneInWeekData = Qt::UserRole + 2;

} // namespace

CheckInDialog::CheckInDialog(Workspace &workspace, const Plan &plan, Language language, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_plan(plan)
    , m_language(language)
    , m_intro(new QLabel(this))
    , m_weekLabel(new QLabel(this))
    , m_week(new QComboBox(this))
    , m_existing(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_stepsLabel(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_reflectionLabel(new QLabel(this))
    , m_reflection(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setMinimumWidth(640);
    m_intro->setWordWrap(true);
    m_existing->setWordWrap(true);
    m_error->setWordWrap(true);
    QFont emphasis = m_error->font();
    emphasis.setBold(true);
    m_error->setFont(emphasis);
    m_error->hide();
    m_hours->setRange(0, CheckIn::maximumHours);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_steps->setMinimumHeight(200);
    // Steps are sentences: they wrap rather than scroll sideways.
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setResizeMode(QListView::Adjust);
    m_reflection->setTabChangesFocus(true);
    m_reflection->setFixedHeight(m_reflection->fontMetrics().lineSpacing() * 5);
    m_weekLabel->setBuddy(m_week);
    m_hoursLabel->setBuddy(m_hours);
    m_stepsLabel->setBuddy(m_steps);
    m_reflectionLabel->setBuddy(m_reflection);

    auto *form = new QFormLayout;
    form->addRow(m_weekLabel, m_week);
    form->addRow(QString(), m_existing);
    form->addRow(m_hoursLabel, m_hours);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_reflectionLabel);
    layout->addWidget(m_reflection);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_week, &QComboBox::currentIndexChanged, this, &CheckInDialog::loadWeek);
    load();
    retranslate();
}

QPushButton *CheckInDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

IsoWeek CheckInDialog::week() const
{
    return IsoWeek::fromString(m_week->currentData().toString());
}

void CheckInDialog::setWeek(const IsoWeek &week)
{
    const int at = m_week->findData(week.toString());
    if (at >= 0)
        m_week->setCurrentIndex(at);
}

void CheckInDialog::load()
{
    Result<TrackerSnapshot> snapshot = m_workspace.tracker(m_plan, m_language);
    if (!snapshot) {
        m_error->setText(tr("This roadmap could not be read: %1").arg(snapshot.error()));
        m_error->show();
        saveButton()->setEnabled(false);
        return;
    }
    m_snapshot = snapshot.value();
    const IsoWeek current = m_snapshot.currentWeek;
    const IsoWeek start = IsoWeek::containing(m_plan.startDate);
    QSignalBlocker quiet(m_week);
    m_week->clear();
    for (int back = 0; back <= weeksBack; ++back) {
        const IsoWeek week = current.addWeeks(-back);
        if (back > 0 && week < start)
            break;
        m_week->addItem(back == 0 ? tr("This week (%1)").arg(RoadmapStepDelegate::weekLabel(week))
                                  : RoadmapStepDelegate::weekLabel(week),
            week.toString());
    }
    m_week->setCurrentIndex(0);
    loadWeek();
}

void CheckInDialog::loadWeek()
{
    const IsoWeek chosen = week();
    const CheckIn *existing = nullptr;
    for (const CheckIn &checkIn : m_snapshot.checkIns) {
        if (checkIn.week == chosen)
            existing = &checkIn;
    }
    m_hours->setValue(existing ? existing->hours : 0);
    m_reflection->setPlainText(existing ? existing->reflection : QString());
    m_existing->setVisible(existing != nullptr);
    // The steps still open, and those marked done during the chosen week (ticked): what a week changes.
    m_steps->clear();
    for (const TrackerPhase &phase : m_snapshot.phases) {
        for (const TrackerStep &step : phase.steps) {
            const bool doneInWeek
                = step.status == StepStatus::Done && IsoWeek::containing(step.doneDate) == chosen;
            if (step.status == StepStatus::Done && !doneInWeek)
                continue;
            auto *item = new QListWidgetItem(step.text, m_steps);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(doneInWeek ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(phase.title);
            item->setData(StepIdData, step.id);
            item->setData(DoneInWeekData, doneInWeek);
        }
    }
    m_error->hide();
}

bool CheckInDialog::save()
{
    const IsoWeek chosen = week();
    const QString reflection = m_reflection->toPlainText().trimmed();
    if (reflection.size() > maximumReflection) {
        m_error->setText(tr("The reflection is %1 characters long; keep it under %2, a few sentences on "
                            "the week.")
                             .arg(reflection.size())
                             .arg(maximumReflection));
        m_error->show();
        return false;
    }
    // A step ticked for an earlier week is dated that week's Sunday, so it counts in that week.
    const QDate today = m_workspace.today();
    const QDate doneOn = chosen == IsoWeek::containing(today) ? today : std::min(today, chosen.sunday());
    for (int row = 0; row < m_steps->count(); ++row) {
        const QListWidgetItem *item = m_steps->item(row);
        const bool ticked = item->checkState() == Qt::Checked;
        if (ticked == item->data(DoneInWeekData).toBool())
            continue;
        StepChange change;
        change.stepId = item->data(StepIdData).toString();
        change.status = ticked ? StepStatus::Done : StepStatus::Todo;
        change.today = doneOn;
        if (Status saved = m_workspace.setStep(m_plan, change); !saved) {
            m_error->setText(tr("The step could not be saved: %1").arg(saved.error()));
            m_error->show();
            return false;
        }
    }
    CheckIn entry;
    entry.week = chosen;
    entry.hours = m_hours->value();
    entry.reflection = reflection;
    const Result<CheckIn> saved = m_workspace.checkIn(m_plan, entry);
    if (!saved) {
        m_error->setText(tr("The check-in was not saved: %1").arg(saved.errors().join(QLatin1Char('\n'))));
        m_error->show();
        return false;
    }
    return true;
}

void CheckInDialog::retranslate()
{
    setWindowTitle(tr("Weekly check-in"));
    const Role *role = m_workspace.catalog().role(m_plan.roleId);
    m_intro->setText(tr("How did your week on the %1 roadmap go? A minute now keeps your streak and your "
                        "progress chart true.")
                         .arg(role ? role->title.in(m_language) : m_plan.roleId));
    m_weekLabel->setText(tr("&Week:"));
    m_week->setAccessibleName(tr("Week"));
    m_existing->setText(tr("You already checked in for this week; saving changes that check-in."));
    m_hoursLabel->setText(tr("&Hours spent learning:"));
    m_hours->setAccessibleName(tr("Hours spent learning"));
    m_hours->setSuffix(tr(" h"));
    m_stepsLabel->setText(tr("&Steps done this week (tick what you finished):"));
    m_steps->setAccessibleName(tr("Steps done this week"));
    m_reflectionLabel->setText(tr("&Reflection (what went well, what got in the way):"));
    m_reflection->setAccessibleName(tr("Reflection"));
    saveButton()->setText(tr("&Save check-in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void CheckInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace outpace
