#include "pages/ResultPage.h"

#include "catalog/Catalog.h"
#include "charts/ChartStyle.h"
#include "charts/HistogramChart.h"
#include "charts/HistoryChart.h"
#include "charts/HorizontalBarChart.h"
#include "charts/WaterfallChart.h"
#include "scoring/PeerDistribution.h"
#include "widgets/BattlefieldView.h"

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

constexpr int PeerBins = 20;

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

ResultPage::ResultPage(const Catalog &catalog, const RiskScorer &scorer, QWidget *parent)
    : ScrollPage(parent)
    , m_catalog(catalog)
    , m_scorer(scorer)
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
    return oneDecimal(m_result.risk);
}

void ResultPage::setResult(const Role &role, const AuditAnswers &answers, Language language)
{
    m_role = &role;
    m_answers = answers;
    m_language = language;
    m_result = m_scorer.score(role, answers);
    m_history.clear();
    fillWhatIfControls();
    present();
    scrollToTop();
}

void ResultPage::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_role)
        return;
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
        m_moveFrom->addItem(m_role->tasks[i].title.in(m_language), i);
        m_moveTo->addItem(m_role->tasks[i].title.in(m_language), i);
    }
    m_moveFrom->addItem(tr("Other work"), -1);
    m_moveTo->addItem(tr("Other work"), -1);
    // Start on the task with the most hours and the one AI reaches least: the usual move worth trying.
    int busiest = 0;
    int safest = 0;
    for (int i = 0; i < m_role->tasks.size(); ++i) {
        if (m_answers.taskHours.value(i) > m_answers.taskHours.value(busiest))
            busiest = i;
        if (m_role->tasks[i].labels.automation < m_role->tasks[safest].labels.automation)
            safest = i;
    }
    m_moveFrom->setCurrentIndex(busiest);
    m_moveTo->setCurrentIndex(safest);
    m_moveHours->setValue(0);
    m_addTool->addItem(tr("No change"), QString());
    for (const RoleTool &roleTool : m_role->tools) {
        const AiTool *tool = m_catalog.tool(roleTool.toolId);
        if (tool && m_answers.tools.value(tool->id, ToolFrequency::Never) != ToolFrequency::Daily
            && m_addTool->findData(tool->id) < 0)
            m_addTool->addItem(tool->name, tool->id);
    }
    for (Experience level : allExperienceLevels)
        m_whatIfExperience->addItem(experienceLevelName(level), int(level));
    m_whatIfExperience->setCurrentIndex(int(m_answers.experience));
    m_loading = false;
    recomputeWhatIf();
}

AuditAnswers ResultPage::whatIfAnswers() const
{
    AuditAnswers changed = m_answers;
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
    m_whatIf = m_scorer.score(*m_role, whatIfAnswers());
    const double change = m_whatIf.risk - m_result.risk;
    const QString signedChange = (change > 0 ? QStringLiteral("+") : QString()) + oneDecimal(change);
    m_whatIfResult->setText(
        tr("With these changes your score would be %1 (%2).").arg(oneDecimal(m_whatIf.risk), signedChange));
    const auto peers = PeerDistribution::cachedFor(*m_role, m_scorer.model());
    const bool moved = std::abs(change) >= 0.05;
    QList<HistogramChart::Marker> markers = {{m_result.risk, tr("You"), false}};
    if (moved)
        markers.append({m_whatIf.risk, tr("What if"), true});
    m_peers->setMarkers(markers);
}

void ResultPage::present()
{
    const QLocale locale;
    m_title->setText(tr("My result: %1").arg(m_role->title.in(m_language)));
    m_score->setText(tr("%1 / 100").arg(printedScore()));
    m_score->setAccessibleName(tr("Your personal risk score: %1 out of 100").arg(printedScore()));
    m_score->setToolTip(tr("Scoring model version %1, from your answers").arg(m_scorer.model().version));
    m_meaning->setText(
        tr("%1% of your working time goes to work AI could carry out (your personal automation "
           "potential); your experience and your use of AI tools adjust it to this score.")
            .arg(oneDecimal(m_result.personalAutomation)));

    m_breakdown.clear();
    for (int i = 0; i < m_role->tasks.size(); ++i) {
        if (m_result.unadjustedContributions.value(i) != 0)
            m_breakdown.append({m_role->tasks[i].title.in(m_language), m_result.unadjustedContributions[i]});
    }
    // A factor that changes nothing is left out, as SCORING.md prints the breakdown.
    if (m_result.experienceAdjustment != 0) {
        m_breakdown.append({tr("Experience (%1)").arg(experienceLevelName(m_answers.experience)),
            m_result.experienceAdjustment});
    }
    if (m_result.fluencyAdjustment != 0)
        m_breakdown.append({tr("Fluency with AI tools"), m_result.fluencyAdjustment});
    // Below a billionth of a point the clamp is floating-point dust, not a change worth a bar.
    if (std::abs(m_result.clampAdjustment) > 1e-9)
        m_breakdown.append({tr("Kept within 0–100"), m_result.clampAdjustment});
    m_breakdownChart->setParts(m_breakdown, {tr("Your score"), m_result.risk}, tr("Points of score"));

    const auto peers = PeerDistribution::cachedFor(*m_role, m_scorer.model());
    const QList<int> counts = peers->histogram(PeerBins);
    QList<HistogramChart::Bin> bins;
    for (int i = 0; i < counts.size(); ++i) {
        bins.append({100.0 * i / PeerBins, 100.0 * (i + 1) / PeerBins,
            peers->size() > 0 ? 100.0 * counts[i] / double(peers->size()) : 0});
    }
    m_peers->setDistribution(bins, tr("Personal risk score"), tr("% of peers"));
    m_peerSentence->setText(tr("%1% of modelled peers are safer than you. The peers are %2 simulated %3 "
                               "whose time split, experience and tool use are drawn around this role’s "
                               "profile: a model, not a survey.")
                                .arg(oneDecimal(peers->peersSaferThan(m_result.risk)),
                                    locale.toString(peers->size()), m_role->plural.in(m_language)));
    recomputeWhatIf();

    QList<BattlefieldView::Task> tasks;
    const RoleBaseline baseline = m_scorer.baseline(*m_role);
    for (int i = 0; i < m_role->tasks.size(); ++i) {
        if (m_answers.taskHours.value(i) <= 0)
            continue;
        tasks.append(
            {m_role->tasks[i].title.in(m_language), tr("%1 h").arg(oneDecimal(m_answers.taskHours[i])),
                tr("%1% of your time").arg(oneDecimal(m_result.shares.value(i) * 100)),
                baseline.battlefield.value(i)});
    }
    m_battlefield->setTasks(tasks);

    QList<ChartBar> skills;
    for (const SkillResilience &entry : m_scorer.skills(*m_role, m_result.shares)) {
        const Skill *skill = m_role->skill(entry.skillId);
        QString name = skill ? skill->name.in(m_language) : entry.skillId;
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
        m_historyNote->setText(tr("%n audit(s) saved.", nullptr, int(audits.size())));
}

void ResultPage::setSaved(bool saved)
{
    m_save->setEnabled(!saved);
    m_savedNote->setText(saved ? tr("Saved.") : QString());
}

} // namespace outpace
