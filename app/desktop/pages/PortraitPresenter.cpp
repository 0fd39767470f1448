#include "pages/PortraitPresenter.h"

#include "charts/ChartStyle.h"
#include "pages/PortraitPage.h"
#include "research/OccupationTable.h"
#include "scoring/RiskScorer.h"
#include "workspace/DisplayNames.h"
#include "workspace/RoleFaq.h"

#include <QLocale>

#include <cmath>

namespace outpace {

namespace {

QString percent(double value)
{
    //: A percentage figure; French puts a non-breaking space before %.
    return QCoreApplication::translate("PortraitPresenter", "%1%").arg(QLocale().toString(value, 'f', 1));
}

QString separatorList(const QStringList &items, Language language)
{
    return items.join(language == Language::French ? QStringLiteral("\u00a0; ") : QStringLiteral("; "));
}

} // namespace

PortraitPresenter::PortraitPresenter(
    const Catalog &catalog, const OccupationTable *occupations, const RiskScorer &scorer)
    : m_catalog(catalog)
    , m_occupations(occupations)
    , m_scorer(scorer)
{ }

bool PortraitPresenter::present(PortraitPage &page, const QString &id, Language language) const
{
    if (const Role *role = m_catalog.role(id)) {
        presentRole(page, *role, language);
        return true;
    }
    return presentOccupation(page, id, language);
}

void PortraitPresenter::presentWorkers(PortraitPage &page, const QString &socCode, const QString &title) const
{
    constexpr int bins = 20;
    const WorkerPercentile *ranking = m_occupations ? &m_occupations->percentiles(Lens::Gpt4) : nullptr;
    const std::optional<double> exposure = ranking ? ranking->exposureOfSoc(socCode) : std::nullopt;
    const std::optional<double> share = ranking ? ranking->percentileOfSoc(socCode) : std::nullopt;
    const QList<double> shares = ranking ? ranking->workerShares(bins) : QList<double>();
    if (!exposure || !share || shares.isEmpty()) {
        page.setWorkers({}, {}, QString());
        return;
    }
    QList<HistogramChart::Bin> histogram;
    for (int i = 0; i < shares.size(); ++i)
        histogram.append({100.0 * i / bins, 100.0 * (i + 1) / bins, shares[i]});
    page.setWorkers(histogram, {*exposure * 100, title, false},
        tr("%1% of U.S. workers are in occupations less exposed than this one (GPT-4 exposure, weighted by "
           "BLS "
           "May 2021 employment, %2 workers counted).")
            .arg(QLocale().toString(*share, 'f', 1), QLocale().toString(ranking->totalEmployment())));
}

QString PortraitPresenter::sources() const
{
    return tr("Task labels: Eloundou, Manning, Mishkin and Rock (2023), “GPTs are GPTs” (MIT licence), on "
              "O*NET task statements (U.S. Department of Labor, CC BY 4.0). Employment and wages: U.S. "
              "Bureau of Labor Statistics, OEWS May 2021. AI applicability: Microsoft Research (2025). "
              "Scoring model version %1.")
        .arg(m_scorer.model().version);
}

void PortraitPresenter::presentRole(PortraitPage &page, const Role &role, Language language) const
{
    const RoleBaseline gpt4 = m_scorer.baseline(role, Lens::Gpt4);
    const RoleBaseline human = m_scorer.baseline(role, Lens::Human);
    const NamedItem *sector = m_catalog.sector(role.sectorId);
    const Occupation *occupation = m_occupations ? m_occupations->occupation(role.socCode()) : nullptr;

    page.setHeader(role.title.in(language),
        tr("%1 · O*NET %2")
            .arg(sector ? sector->name.in(language) : role.sectorId,
                role.onetCodes.join(QStringLiteral(", "))),
        role.summary.in(language));

    QList<PortraitPage::Figure> figures;
    figures.append({tr("Automation potential"), percent(gpt4.automation),
        tr("Time-weighted share of the role’s tasks AI could carry out"),
        tr("From the GPT-4 automation labels (T0–T4) of the role’s O*NET tasks, weighted by the role’s "
           "typical time on each.")});
    figures.append({tr("Exposure (GPT-4)"), percent(gpt4.exposure),
        tr("Share of the work AI could speed up by half or more"),
        tr("From the GPT-4 exposure labels (E0–E2) of the role’s O*NET tasks.")});
    figures.append({tr("Horizon"), tr("%1 years").arg(DisplayNames::yearsRange(gpt4.horizonBand, language)),
        tr("A framing, not a forecast"),
        tr("The band of the scoring model (version %1) for this automation potential.")
            .arg(m_scorer.model().version)});
    if (m_occupations) {
        // SCORING.md section 2: a curated role is placed by its own exposure, not by its occupation's.
        if (const std::optional<double> share
            = m_occupations->percentiles(Lens::Gpt4).percentileOfExposure(gpt4.exposure / 100)) {
            figures.append({tr("Among all workers"), percent(*share),
                tr("of U.S. workers are in less exposed occupations"),
                tr("Employment-weighted rank of this role’s own GPT-4 exposure among all occupations (BLS "
                   "May 2021 employment).")});
        }
    }
    page.setHeadline(figures,
        tr("This is the portrait of the role. Your own risk depends on your tasks, your tools and your "
           "experience, not only on your title: take the audit for a personal score."));

    QList<BattlefieldView::Task> tasks;
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        const RoleTask &task = role.tasks[i];
        QStringList details;
        for (const OnetTaskLink &link : task.links) {
            details << tr("O*NET %1, task %2: GPT-4 %3, humans %4, automation %5")
                           .arg(link.occupationCode)
                           .arg(link.taskId)
                           .arg(link.gpt4Exposure, link.humanExposure, link.automation);
        }
        if (task.deviation)
            details << tr("Departs from the research label: %1").arg(task.deviation->reason.in(language));
        tasks.append({task.title.in(language), percent(task.labels.automation * 100),
            details.join(QLatin1Char('\n')), gpt4.battlefield.value(i)});
    }
    page.setBattlefield(
        tr("Each task with the share of it AI could carry out (GPT-4 automation label). Hover "
           "or focus a task for its O*NET links and labels."),
        tasks);

    QList<ChartBar> skills;
    for (const SkillResilience &entry : m_scorer.skills(role)) {
        const Skill *skill = role.skill(entry.skillId);
        skills.append({skill ? skill->name.in(language) : entry.skillId, entry.resilience});
    }
    page.setSkills(skills,
        tr("How much of each skill’s work stays with people (0–100, higher is safer), most "
           "exposed first."));

    presentWorkers(page, occupation ? occupation->socCode : QString(), role.title.in(language));

    QList<PortraitPage::ToolCard> tools;
    QStringList toLearn;
    for (const RoleTool &roleTool : role.tools) {
        const AiTool *tool = m_catalog.tool(roleTool.toolId);
        if (!tool)
            continue;
        if (roleTool.isLandscape()) {
            QStringList reached;
            for (const QString &taskId : roleTool.taskIds) {
                if (const RoleTask *task = role.task(taskId))
                    reached << task->title.in(language);
            }
            tools.append({tool->name, tool->vendor, tool->description.in(language),
                reached.isEmpty() ? QString() : tr("Reaches: %1").arg(separatorList(reached, language))});
        }
        if (roleTool.isToLearn())
            toLearn << tr("%1: %2").arg(tool->name, roleTool.why.in(language));
    }
    page.setTools(tools, toLearn.join(QLatin1Char('\n')));

    QString market = role.market.signal.in(language);
    if (market.isEmpty() && role.market.medianWageUsd) {
        market = tr("Median wage (BLS, May 2021): %1")
                     .arg(QLocale().toCurrencyString(
                         qlonglong(*role.market.medianWageUsd), QStringLiteral("$")));
    }
    page.setTexts(role.analysis.in(language), role.verdict.in(language), market);

    QStringList lenses
        = {tr("Exposure, GPT-4 labels"), tr("Exposure, human labels"), tr("Automation potential")};
    QList<double> values = {gpt4.exposure, human.exposure, gpt4.automation};
    if (occupation && occupation->applicability) {
        lenses << tr("AI applicability (Microsoft)");
        values << *occupation->applicability * 100;
    }
    page.setLenses(lenses, {{role.title.in(language), values, ChartStyle::accent()}},
        tr("The lenses measure different things: GPT-4 and human annotators labelled the same O*NET tasks "
           "for exposure and often disagree; automation potential asks whether AI could do a task with no "
           "one checking; Microsoft’s applicability score comes from what people actually ask Copilot."));

    QList<PortraitPage::SimilarRole> similar;
    for (const QString &id : role.similar) {
        if (const Role *other = m_catalog.role(id)) {
            similar.append({other->id, other->title.in(language), tr("Curated role")});
        } else if (const Occupation *similarOccupation
            = m_occupations ? m_occupations->occupation(id) : nullptr) {
            similar.append({similarOccupation->code, similarOccupation->title.in(language),
                tr("O*NET occupation %1").arg(similarOccupation->code)});
        }
    }
    page.setSimilar(similar);

    QList<PortraitPage::Question> questions;
    for (const FaqAnswer &entry : RoleFaq::answers(role, m_catalog, m_scorer, language))
        questions.append({entry.question, entry.answer});
    page.setQuestions(questions);
    page.setSources(sources());
}

bool PortraitPresenter::presentOccupation(PortraitPage &page, const QString &code, Language language) const
{
    const Occupation *occupation = m_occupations ? m_occupations->occupation(code) : nullptr;
    if (!occupation)
        return false;
    page.setHeader(occupation->title.in(language), tr("O*NET occupation %1").arg(occupation->code),
        tr("An O*NET occupation described by the research figures alone; curated roles add a written "
           "analysis, tools and a roadmap."));
    QList<PortraitPage::Figure> figures;
    figures.append({tr("Automation potential"), percent(occupation->automation * 100),
        tr("Share of the occupation’s tasks AI could carry out"),
        tr("Mean of the GPT-4 automation labels (T0–T4) of the occupation’s O*NET tasks.")});
    figures.append({tr("Exposure (GPT-4)"), percent(occupation->gpt4.beta * 100),
        tr("Share of the work AI could speed up by half or more"),
        tr("From the GPT-4 exposure labels (E0–E2) of the occupation’s O*NET tasks.")});
    figures.append({tr("Horizon"),
        tr("%1 years")
            .arg(DisplayNames::yearsRange(
                m_scorer.model().horizonBand(occupation->automation * 100), language)),
        tr("A framing, not a forecast"),
        tr("The band of the scoring model (version %1) for this automation potential.")
            .arg(m_scorer.model().version)});
    if (const std::optional<double> share = m_occupations->percentileAmongWorkers(occupation->code)) {
        figures.append({tr("Among all workers"), percent(*share),
            tr("of U.S. workers are in less exposed occupations"),
            tr("Employment-weighted rank of this occupation’s GPT-4 exposure among all occupations (BLS May "
               "2021 employment).")});
    }
    page.setHeadline(figures,
        tr("This is the portrait of the occupation. Your own risk depends on your tasks, your tools and your "
           "experience, not only on your title."));
    page.setBattlefield(tr("Tasks by class (GPT-4 labels): %1 automated already, %2 needing human oversight, "
                           "%3 safe for now.")
                            .arg(occupation->automatedTasks)
                            .arg(occupation->oversightTasks)
                            .arg(occupation->safeTasks),
        {});
    page.setSkills({}, QString());
    presentWorkers(page, occupation->socCode, occupation->title.in(language));
    page.setTools({}, QString());
    QString market;
    if (occupation->medianWage) {
        market
            = tr("Median wage (BLS, May 2021): %1")
                  .arg(QLocale().toCurrencyString(qlonglong(*occupation->medianWage), QStringLiteral("$")));
    }
    page.setTexts(QString(), QString(), market);
    QStringList lenses
        = {tr("Exposure, GPT-4 labels"), tr("Exposure, human labels"), tr("Automation potential")};
    QList<double> values
        = {occupation->gpt4.beta * 100, occupation->human.beta * 100, occupation->automation * 100};
    if (occupation->applicability) {
        lenses << tr("AI applicability (Microsoft)");
        values << *occupation->applicability * 100;
    }
    page.setLenses(lenses, {{occupation->title.in(language), values, ChartStyle::accent()}},
        tr("The lenses measure different things: GPT-4 and human annotators labelled the same O*NET tasks "
           "for exposure and often disagree; automation potential asks whether AI could do a task with no "
           "one checking; Microsoft’s applicability score comes from what people actually ask Copilot."));
    QList<PortraitPage::SimilarRole> similar;
    for (const Occupation *other : m_occupations->similarOccupations(occupation->code)) {
        similar.append({other->code, other->title.in(language), tr("O*NET occupation %1").arg(other->code)});
    }
    page.setSimilar(similar);
    page.setQuestions({});
    page.setSources(sources());
    return true;
}

} // namespace outpace
