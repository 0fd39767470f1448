#include "pages/ResultPage.h"

#include "charts/ChartStyle.h"
#include "charts/HistogramChart.h"
#include "charts/HistoryChart.h"
#include "charts/HorizontalBarChart.h"
#include "charts/WaterfallChart.h"
#include "widgets/BattlefieldView.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace outpace {

namespace {

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString experienceLevelName(Experience level)
{
    switch (level) {
    case Experience::Junior:
        return ResultPage::tr("Junior");
    case Experience::Mid:
        return ResultPage::tr("Mid-level");
    case Experience::Senior:
        return ResultPage::tr("Senior");
    case Experience::Lead:
        return ResultPage::tr("Lead");
    }
    return {};
}

} // namespace

ResultPage::ResultPage(const Workspace &workspace, QWidget *parent)
    : ScrollPage(parent)
    , m_workspace(workspace)
{
    m_title = addHeading(1);
    m_score = new QLabel(contentWidget());
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setFocusPolicy(Qt::TabFocus);
    m_save = new QPushButton(contentWidget());
    m_savedNote = new QLabel(contentWidget());
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addStretch(1);
    scoreRow->addWidget(m_savedNote);
    scoreRow->addWidget(m_save);
    content()->addLayout(scoreRow);
    connect(m_save, &QPushButton::clicked, this, &ResultPage::saveRequested);
    m_meaning = addParagraph();

    m_breakdownHeading = addHeading();
    m_breakdownNote = addParagraph();
    m_breakdownChart = new WaterfallChart(contentWidget());
    content()->addWidget(m_breakdownChart);

    m_peersHeading = addHeading();
    m_peers = new HistogramChart(contentWidget());
    content()->addWidget(m_peers);
    m_peerSentence = addParagraph();

    m_whatIfHeading = addHeading();
    m_whatIfHint = addParagraph();
    auto *form = new QFormLayout;
    m_moveLabel = new QLabel(contentWidget());
    m_moveFrom = new QComboBox(contentWidget());
    m_moveToLabel = new QLabel(contentWidget());
    m_moveTo = new QComboBox(contentWidget());
    m_moveHours = new QDoubleSpinBox(contentWidget());
    m_moveHours->setRange(0, 80);
    m_moveHours->setDecimals(1);
    m_moveHours->setSingleStep(1);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_moveHours);
    moveRow->addWidget(m_moveFrom, 1);
    form->addRow(m_moveLabel, moveRow);
    form->addRow(m_moveToLabel, m_moveTo);
    m_toolLabel = new QLabel(contentWidget());
    m_addTool = new QComboBox(contentWidget());
    form->addRow(m_toolLabel, m_addTool);
    m_experienceLabel = new QLabel(contentWidget());
    m_whatIfExperience = new QComboBox(contentWidget());
    form->addRow(m_experienceLabel, m_whatIfExperience);
    m_moveLabel->setBuddy(m_moveHours);
    m_moveToLabel->setBuddy(m_moveTo);
    m_toolLabel->setBuddy(m_addTool);
    m_experienceLabel->setBuddy(m_whatIfExperience);
    for (QComboBox *box : {m_moveFrom, m_moveTo, m_addTool, m_whatIfExperience})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    content()->addLayout(form);
    m_whatIfResult = addParagraph();
    QFont bold = m_whatIfResult->font();
    bold.setBold(true);
    m_whatIfResult->setFont(bold);
    for (QComboBox *box : {m_moveFrom, m_moveTo, m_addTool, m_whatIfExperience})
        connect(box, &QComboBox::currentIndexChanged, this, &ResultPage::recomputeWhatIf);
    connect(m_moveHours, &QDoubleSpinBox::valueChanged, this, &ResultPage::recomputeWhatIf);

    m_battlefieldHeading = addHeading();
    m_battlefield = new BattlefieldView(contentWidget());
    content()->addWidget(m_battlefield);
    m_skillsHeading = addHeading();
    m_skills = new HorizontalBarChart(contentWidget());
    content()->addWidget(m_skills);
    m_historyHeading = addHeading();
    m_historyChart = new HistoryChart(contentWidget());
    content()->addWidget(m_historyChart);
    m_historyNote = addParagraph();
    content()->addStretch(1);
    retranslate();
}

void ResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ScrollPage::changeEvent(event);
}

void ResultPage::retranslate()
{
    m_save->setText(tr("&Save this audit"));
    m_breakdownHeading->setText(tr("What makes up your score"));
    m_breakdownNote->setText(tr("Each task adds its share of your time multiplied by how much of it AI could "
                                "carry out; your experience and your fluency with AI tools then move the "
                                "total. The parts add up to your score."));
    m_breakdownChart->setAccessibleName(tr("Breakdown of your score"));
    m_peersHeading->setText(tr("Among your modelled peers"));
    m_peers->setAccessibleName(tr("Histogram of the modelled peers’ scores with yours marked"));
    m_whatIfHeading->setText(tr("What if…"));
    m_whatIfHint->setText(tr("Try a change; the score below is computed again at once. Nothing is saved."));
    m_moveLabel->setText(tr("&Move hours from:"));
    m_moveToLabel->setText(tr("&to:"));
    m_toolLabel->setText(tr("Use a &tool every day:"));
    m_experienceLabel->setText(tr("E&xperience:"));
    m_moveHours->setAccessibleName(tr("Hours to move"));
    m_moveFrom->setAccessibleName(tr("Task to move hours from"));
    m_moveTo->setAccessibleName(tr("Task to move hours to"));
    m_addTool->setAccessibleName(tr("AI tool to use every day"));
    m_whatIfExperience->setAccessibleName(tr("Experience level for the what-if"));
    m_battlefieldHeading->setText(tr("Your battlefield"));
    m_skillsHeading->setText(tr("Your skills"));
    m_skills->setAccessibleName(tr("Your skills’ resilience: higher is safer, most exposed first"));
    m_historyHeading->setText(tr("Your saved audits"));
    m_historyChart->setAccessibleName(tr("Your score over your saved audits"));
    if (m_role)
        present();
}

QString ResultPage::printedScore() const
{
    return oneDecimal(m_outcome.shownRisk);
}

void ResultPage::setResult(const AuditOutcome &outcome)
{
    m_role = m_workspace.catalog().role(outcome.ref.id);
    if (!m_role)
        return;
    m_outcome = outcome;
    m_history.clear();
    fillWhatIfControls();
    present();
    scrollToTop();
}

void ResultPage::setLanguage(Language language)
{
    if (!m_role || m_outcome.language == language)
        return;
    // The outcome's labels are in its language: core words them again.
    Result<AuditOutcome> again
        = m_workspace.score(m_outcome.ref, m_outcome.answers, language, m_outcome.lens);
    if (!again)
        return;
    m_outcome = std::move(again).value();
    const int from = m_moveFrom->currentIndex();
    const int to = m_moveTo->currentIndex();
    const double hours = m_moveHours->value();
    const int tool = m_addTool->currentIndex();
    const int experience = m_whatIfExperience->currentIndex();
    fillWhatIfControls();
    m_loading = true;
    m_moveFrom->setCurrentIndex(from);
    m_moveTo->setCurrentIndex(to);
    m_moveHours->setValue(hours);
    m_addTool->setCurrentIndex(tool);
    m_whatIfExperience->setCurrentIndex(experience);
    m_loading = false;
    present();
}

void ResultPage::fillWhatIfControls()
{
    m_loading = true;
    for (QComboBox *box : {m_moveFrom, m_moveTo, m_addTool, m_whatIfExperience})
        box->clear();
    for (int i = 0; i < m_role->tasks.size(); ++i) {
        m_moveFrom->addItem(m_role->tasks[i].title.in(m_outcome.language), i);
        m_moveTo->addItem(m_role->tasks[i].title.in(m_outcome.language), i);
    }
    m_moveFrom->addItem(tr("Other work"), -1);
    m_moveTo->addItem(tr("Other work"), -1);
    // Start on the task with the most hours and the one AI reaches least: the usual move worth trying.
    int busiest = 0;
    int safest = 0;
    for (int i = 0; i < m_role->tasks.size(); ++i) {
        if (answers().taskHours.value(i) > answers().taskHours.value(busiest))
            busiest = i;
        if (m_role->tasks[i].labels.automation < m_role->tasks[safest].labels.automation)
            safest = i;
    }
    m_moveFrom->setCurrentIndex(busiest);
    m_moveTo->setCurrentIndex(safest);
    m_moveHours->setValue(0);
    m_addTool->addItem(tr("No change"), QString());
    for (const RoleTool &roleTool : m_role->tools) {
        const AiTool *tool = m_workspace.catalog().tool(roleTool.toolId);
        if (tool && answers().tools.value(tool->id, ToolFrequency::Never) != ToolFrequency::Daily
            && m_addTool->findData(tool->id) < 0)
            m_addTool->addItem(tool->name, tool->id);
    }
    for (Experience level : allExperienceLevels)
        m_whatIfExperience->addItem(experienceLevelName(level), int(level));
    m_whatIfExperience->setCurrentIndex(int(answers().experience));
    m_loading = false;
    recomputeWhatIf();
}

AuditAnswers ResultPage::whatIfAnswers() const
{
    AuditAnswers changed = answers();
    const int from = m_moveFrom->currentData().toInt();
    const int to = m_moveTo->currentData().toInt();
    double &source = from < 0 ? changed.otherHours : changed.taskHours[from];
    // Only the hours that exist can move.
    const double moved = std::min(m_moveHours->value(), source);
    if (from != to) {
        source -= moved;
        (to < 0 ? changed.otherHours : changed.taskHours[to]) += moved;
    }
    const QString tool = m_addTool->currentData().toString();
    if (!tool.isEmpty())
        changed.tools.insert(tool, ToolFrequency::Daily);
    if (m_whatIfExperience->currentIndex() >= 0)
        changed.experience = Experience(m_whatIfExperience->currentData().toInt());
    return changed;
}

void ResultPage::recomputeWhatIf()
{
    if (m_loading || !m_role)
        return;
    Result<AuditOutcome> whatIf
        = m_workspace.score(m_outcome.ref, whatIfAnswers(), m_outcome.language, m_outcome.lens);
    if (!whatIf)
        return;
    m_whatIf = whatIf->result;
    const double change = m_whatIf.risk - score();
    const QString signedChange = (change > 0 ? QStringLiteral("+") : QString()) + oneDecimal(change);
    m_whatIfResult->setText(
        tr("With these changes your score would be %1 (%2).").arg(oneDecimal(m_whatIf.risk), signedChange));
    const bool moved = std::abs(change) >= 0.05;
    QList<HistogramChart::Marker> markers = {{score(), tr("You"), false}};
    if (moved)
        markers.append({m_whatIf.risk, tr("What if"), true});
    m_peers->setMarkers(markers);
}

void ResultPage::present()
{
    const QLocale locale;
    const Language language = m_outcome.language;
    const RiskResult &result = m_outcome.result;
    m_title->setText(tr("My result: %1").arg(m_outcome.roleTitle));
    m_score->setText(tr("%1 / 100").arg(printedScore()));
    m_score->setAccessibleName(tr("Your personal risk score: %1 out of 100").arg(printedScore()));
    m_score->setToolTip(tr("Scoring model version %1, from your answers").arg(m_outcome.modelVersion));
    m_meaning->setText(
        tr("%1% of your working time goes to work AI could carry out (your personal automation "
           "potential); your experience and your use of AI tools adjust it to this score.")
            .arg(oneDecimal(result.personalAutomation)));

    // Core rounds the parts so that they add up to the printed score; a part printed as zero adds nothing
    // and is left out, as a factor that changes nothing is.
    m_breakdown.clear();
    for (const BreakdownPart &part : m_outcome.factorParts) {
        if (part.shown != 0)
            m_breakdown.append({part.label, part.shown});
    }
    m_breakdownChart->setParts(m_breakdown, {tr("Your score"), m_outcome.shownRisk}, tr("Points of score"));

    const QList<int> &counts = m_outcome.peerHistogram;
    QList<HistogramChart::Bin> bins;
    for (int i = 0; i < counts.size(); ++i) {
        bins.append({100.0 * i / counts.size(), 100.0 * (i + 1) / counts.size(),
            m_outcome.peerCount > 0 ? 100.0 * counts[i] / double(m_outcome.peerCount) : 0});
    }
    m_peers->setDistribution(bins, tr("Personal risk score"), tr("% of peers"));
    QString peers = tr("%1% of modelled peers are safer than you. The peers are %2 simulated %3 whose time "
                       "split, experience and tool use are drawn around this role’s profile: a model, not a "
                       "survey.")
                        .arg(oneDecimal(m_outcome.peersSafer), locale.toString(m_outcome.peerCount),
                            m_role->plural.in(language));
    // Answers with no AI tool meet peers who use some: core says what a typical tool use would give.
    if (m_outcome.scoreWithTypicalTools)
        peers += QLatin1Char(' ') + m_outcome.peerNote;
    m_peerSentence->setText(peers);
    recomputeWhatIf();

    QList<BattlefieldView::Task> tasks;
    for (int i = 0; i < m_role->tasks.size(); ++i) {
        if (answers().taskHours.value(i) <= 0)
            continue;
        tasks.append({m_role->tasks[i].title.in(language), tr("%1 h").arg(oneDecimal(answers().taskHours[i])),
            tr("%1% of your time").arg(oneDecimal(result.shares.value(i) * 100)),
            m_outcome.battlefield.value(i)});
    }
    m_battlefield->setTasks(tasks);

    QList<ChartBar> skills;
    for (const SkillResilience &entry : m_outcome.skills) {
        const Skill *skill = m_role->skill(entry.skillId);
        QString name = skill ? skill->name.in(language) : entry.skillId;
        if (!entry.practised)
            name = tr("%1 (not in your week)").arg(name);
        skills.append({name, entry.resilience});
    }
    m_skills->setBars(skills, tr("Resilience (0–100, higher is safer)"), ChartStyle::accent());
    setHistory(m_history);
}

void ResultPage::setHistory(const QList<AuditRecord> &audits)
{
    m_history = audits;
    QList<HistoryChart::Point> points;
    for (const AuditRecord &record : audits)
        points.append({record.takenAt.toLocalTime(), record.risk});
    const bool chart = points.size() >= 2;
    m_historyChart->setVisible(chart);
    m_historyChart->setPoints(points, tr("Score"));
    if (audits.isEmpty())
        m_historyNote->setText(
            tr("No audit of this role is saved yet. Save this one to follow your score over "
               "time; the chart appears from the second saved audit."));
    else if (!chart)
        m_historyNote->setText(
            tr("One audit saved, on %1 (score %2). The chart appears from the second one.")
                .arg(QLocale().toString(audits.first().takenAt.toLocalTime().date(), QLocale::ShortFormat),
                    oneDecimal(audits.first().risk)));
    else
        m_historyNote->setText(
            ((int(audits.size())) == 1 ? tr("One audit saved.")
                                       : tr("%n audits saved.", nullptr, int(audits.size()))));
}

void ResultPage::setSaved(bool saved)
{
    m_save->setEnabled(!saved);
    m_savedNote->setText(saved ? tr("Saved.") : QString());
}

} // namespace outpace
