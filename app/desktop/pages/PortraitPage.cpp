#include "pages/PortraitPage.h"

#include "SvgIconEngine.h"
#include "charts/ChartStyle.h"
#include "charts/HorizontalBarChart.h"
#include "widgets/HeadlineFigure.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace outpace {

PortraitPage::PortraitPage(QWidget *parent)
    : ScrollPage(parent)
{
    m_title = addHeading(1);
    m_subtitle = addParagraph();
    m_summary = addParagraph();
    m_figures = new QGridLayout;
    m_figures->setSpacing(8);
    content()->addLayout(m_figures);
    m_caveat = addParagraph();
    m_auditButton = new QPushButton(contentWidget());
    m_auditButton->setIcon(SvgIconEngine::icon(QStringLiteral("audit")));
    m_auditButton->setDefault(false);
    m_auditButton->hide();
    m_roadmapButton = new QPushButton(contentWidget());
    m_roadmapButton->setIcon(SvgIconEngine::icon(QStringLiteral("roadmap")));
    m_roadmapButton->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_auditButton);
    buttonRow->addWidget(m_roadmapButton);
    buttonRow->addStretch(1);
    content()->addLayout(buttonRow);
    connect(m_auditButton, &QPushButton::clicked, this, &PortraitPage::auditRequested);
    connect(m_roadmapButton, &QPushButton::clicked, this, &PortraitPage::roadmapRequested);

    m_battlefieldHeading = addHeading();
    m_battlefieldNote = addParagraph();
    m_battlefield = new BattlefieldView(contentWidget());
    content()->addWidget(m_battlefield);

    m_skillsHeading = addHeading();
    m_skillsNote = addParagraph();
    m_skills = new HorizontalBarChart(contentWidget());
    content()->addWidget(m_skills);

    m_workersHeading = addHeading();
    m_workers = new HistogramChart(contentWidget());
    content()->addWidget(m_workers);
    m_workersSentence = addParagraph();

    m_toolsHeading = addHeading();
    m_toolCards = new QVBoxLayout;
    content()->addLayout(m_toolCards);
    m_learnHeading = addHeading();
    m_learn = addParagraph();

    m_analysisHeading = addHeading();
    m_analysis = addParagraph();
    m_verdictHeading = addHeading();
    m_verdict = addParagraph();
    m_marketHeading = addHeading();
    m_market = addParagraph();

    m_lensesHeading = addHeading();
    m_lenses = new GroupedBarChart(contentWidget());
    content()->addWidget(m_lenses);
    m_lensesNote = addParagraph();

    m_similarHeading = addHeading();
    m_similar = new QGridLayout;
    content()->addLayout(m_similar);
    m_questionsHeading = addHeading();
    m_questions = new QVBoxLayout;
    m_questions->setSpacing(6);
    content()->addLayout(m_questions);
    m_sourcesHeading = addHeading();
    m_sources = addParagraph();
    content()->addStretch(1);
    retranslate();
}

void PortraitPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ScrollPage::changeEvent(event);
}

void PortraitPage::retranslate()
{
    m_auditButton->setText(tr("Take the audit for your own score →"));
    m_auditButton->setAccessibleName(tr("Take the audit"));
    m_roadmapButton->setText(m_roadmapResumes ? tr("Open my roadmap →") : tr("Start my roadmap →"));
    m_roadmapButton->setAccessibleName(m_roadmapResumes ? tr("Open my roadmap") : tr("Start my roadmap"));
    m_battlefieldHeading->setText(tr("Task battlefield"));
    m_skillsHeading->setText(tr("Skill resilience"));
    m_skills->setAccessibleName(tr("Skill resilience chart: higher is safer, most exposed first"));
    m_workersHeading->setText(tr("Among all workers"));
    m_workers->setAccessibleName(tr("Chart of all U.S. workers by the exposure of their occupation"));
    m_toolsHeading->setText(tr("AI tools moving in"));
    m_learnHeading->setText(tr("AI tools to learn"));
    m_analysisHeading->setText(tr("Deep analysis"));
    m_verdictHeading->setText(tr("Verdict"));
    m_marketHeading->setText(tr("Market signal"));
    m_lensesHeading->setText(tr("Research lenses"));
    m_lenses->setAccessibleName(tr("Research lenses chart: the same role through each source"));
    m_similarHeading->setText(tr("Similar roles"));
    m_questionsHeading->setText(tr("Questions and answers"));
    m_sourcesHeading->setText(tr("Sources"));
}

QString PortraitPage::title() const
{
    return m_title->text();
}

void PortraitPage::clearLayout(QLayout *layout)
{
    QLayoutItem *item;
    while ((item = layout->takeAt(0)) != nullptr) {
        if (item->layout())
            clearLayout(item->layout());
        delete item->widget();
        delete item;
    }
}

void PortraitPage::setHeader(const QString &title, const QString &subtitle, const QString &summary)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    scrollToTop();
}

void PortraitPage::setHeadline(const QList<Figure> &figures, const QString &caveat)
{
    while (m_figureWidgets.size() < figures.size()) {
        auto *widget = new HeadlineFigure(contentWidget());
        m_figures->addWidget(widget, 0, int(m_figureWidgets.size()));
        m_figures->setColumnStretch(int(m_figureWidgets.size()), 1);
        m_figureWidgets.append(widget);
    }
    for (qsizetype i = 0; i < m_figureWidgets.size(); ++i) {
        m_figureWidgets[i]->setVisible(i < figures.size());
        if (i < figures.size())
            m_figureWidgets[i]->set(
                figures[i].caption, figures[i].figure, figures[i].note, figures[i].source);
    }
    m_caveat->setText(caveat);
}

void PortraitPage::setBattlefield(const QString &note, const QList<BattlefieldView::Task> &tasks)
{
    m_battlefieldNote->setText(note);
    m_battlefield->setTasks(tasks);
    const bool any = !tasks.isEmpty();
    m_battlefield->setVisible(any);
}

void PortraitPage::setSkills(const QList<ChartBar> &skills, const QString &note)
{
    const bool any = !skills.isEmpty();
    m_skillsHeading->setVisible(any);
    m_skillsNote->setVisible(any);
    m_skills->setVisible(any);
    m_skillsNote->setText(note);
    m_skills->setBars(skills, tr("Resilience (0–100, higher is safer)"), ChartStyle::accent());
}

void PortraitPage::setWorkers(
    const QList<HistogramChart::Bin> &bins, const HistogramChart::Marker &marker, const QString &sentence)
{
    const bool any = !bins.isEmpty();
    m_workersHeading->setVisible(any || !sentence.isEmpty());
    m_workers->setVisible(any);
    m_workers->setDistribution(bins, tr("Exposure of the occupation (%)"), tr("% of workers"));
    m_workers->setMarkers({marker});
    m_workersSentence->setText(sentence);
    m_workersSentence->setVisible(!sentence.isEmpty());
}

void PortraitPage::setTools(const QList<ToolCard> &tools, const QString &toLearn)
{
    clearLayout(m_toolCards);
    for (const ToolCard &tool : tools) {
        auto *card = new QFrame(contentWidget());
        card->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(card);
        auto *name = new QLabel(
            QStringLiteral("<b>%1</b> · %2").arg(tool.name.toHtmlEscaped(), tool.vendor.toHtmlEscaped()),
            card);
        layout->addWidget(name);
        QLabel *description = makeParagraph(card);
        description->setText(tool.description);
        layout->addWidget(description);
        if (!tool.reaches.isEmpty()) {
            QLabel *reaches = makeParagraph(card);
            reaches->setText(tool.reaches);
            layout->addWidget(reaches);
        }
        card->setAccessibleName(tool.name);
        m_toolCards->addWidget(card);
    }
    m_toolsHeading->setVisible(!tools.isEmpty());
    m_learn->setText(toLearn);
    m_learnHeading->setVisible(!toLearn.isEmpty());
    m_learn->setVisible(!toLearn.isEmpty());
}

void PortraitPage::setTexts(const QString &analysis, const QString &verdict, const QString &market)
{
    const QList<QPair<QLabel *, QLabel *>> sections
        = {{m_analysisHeading, m_analysis}, {m_verdictHeading, m_verdict}, {m_marketHeading, m_market}};
    const QStringList texts = {analysis, verdict, market};
    for (qsizetype i = 0; i < sections.size(); ++i) {
        sections[i].second->setText(texts[i]);
        sections[i].first->setVisible(!texts[i].isEmpty());
        sections[i].second->setVisible(!texts[i].isEmpty());
    }
}

void PortraitPage::setLenses(
    const QStringList &lenses, const QList<GroupedBarChart::Series> &series, const QString &note)
{
    m_lenses->setData(lenses, series, tr("Percent"));
    m_lensesNote->setText(note);
    const bool any = !lenses.isEmpty() && !series.isEmpty();
    m_lensesHeading->setVisible(any);
    m_lenses->setVisible(any);
    m_lensesNote->setVisible(any);
}

void PortraitPage::setSimilar(const QList<SimilarRole> &roles)
{
    clearLayout(m_similar);
    int index = 0;
    for (const SimilarRole &role : roles) {
        auto *button = new QPushButton(role.title, contentWidget());
        button->setToolTip(role.detail);
        button->setAccessibleName(tr("Open the portrait of %1").arg(role.title));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const QString id = role.id;
        connect(button, &QPushButton::clicked, this, [this, id] { emit similarRoleChosen(id); });
        m_similar->addWidget(button, index / 2, index % 2);
        ++index;
    }
    m_similarHeading->setVisible(!roles.isEmpty());
}

void PortraitPage::setQuestions(const QList<Question> &questions)
{
    clearLayout(m_questions);
    for (const Question &entry : questions) {
        QLabel *question = makeParagraph(contentWidget());
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        question->setText(entry.question);
        QLabel *answer = makeParagraph(contentWidget());
        answer->setText(entry.answer);
        answer->setContentsMargins(0, 0, 0, 6);
        m_questions->addWidget(question);
        m_questions->addWidget(answer);
    }
    m_questionsHeading->setVisible(!questions.isEmpty());
}

void PortraitPage::setSources(const QString &sources)
{
    m_sources->setText(sources);
}

void PortraitPage::setAuditAvailable(bool available)
{
    m_auditButton->setVisible(available);
}

void PortraitPage::setRoadmapAvailable(bool available, bool resumes)
{
    m_roadmapResumes = resumes;
    m_roadmapButton->setVisible(available);
    retranslate();
}

} // namespace outpace
