#include "pages/PortraitPresenter.h"

#include "charts/ChartStyle.h"
#include "pages/PortraitPage.h"
#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"

#include <QLocale>

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

QString medianWage(const RolePortrait &portrait)
{
    if (!portrait.medianWageUsd)
        return {};
    return PortraitPresenter::tr("Median wage (BLS, May 2021): %1")
        .arg(QLocale().toCurrencyString(qlonglong(*portrait.medianWageUsd), QStringLiteral("$")));
}

} // namespace

PortraitPresenter::PortraitPresenter(const Workspace &workspace)
    : m_workspace(workspace)
{ }

bool PortraitPresenter::present(PortraitPage &page, const QString &id, Language language) const
{
    const RoleRef ref = m_workspace.catalog().role(id) ? RoleRef::role(id) : RoleRef::occupation(id);
    const Result<RolePortrait> found = m_workspace.portrait(ref, language);
    if (!found)
        return false;
    const RolePortrait &portrait = found.value();
    if (portrait.isRole()) {
        page.setHeader(portrait.title,
            tr("%1 · O*NET %2").arg(portrait.sector, portrait.onetCodes.join(QStringLiteral(", "))),
            portrait.summary);
    } else {
        page.setHeader(portrait.title, tr("O*NET occupation %1").arg(portrait.ref.id),
            tr("An O*NET occupation described by the research figures alone; curated roles add a written "
               "analysis, tools and a roadmap."));
    }
    presentHeadline(page, portrait);
    presentTasks(page, portrait);
    QList<ChartBar> skills;
    for (const PortraitSkill &skill : portrait.skills)
        skills.append({skill.name, skill.resilience});
    page.setSkills(skills,
        skills.isEmpty()
            ? QString()
            : tr("How much of each skill’s work stays with people (0–100, higher is safer), most "
                 "exposed first."));
    presentWorkers(page, portrait);
    presentTools(page, portrait);
    const QString market = portrait.marketSignal.isEmpty() ? medianWage(portrait) : portrait.marketSignal;
    page.setTexts(portrait.analysis, portrait.verdict, market);
    presentLenses(page, portrait);

    QList<PortraitPage::SimilarRole> similar;
    for (const SimilarRole &other : portrait.similar) {
        similar.append({other.ref.id, other.title,
            other.ref.isRole() ? tr("Curated role") : tr("O*NET occupation %1").arg(other.ref.id)});
    }
    page.setSimilar(similar);
    QList<PortraitPage::Question> questions;
    for (const FaqAnswer &entry : portrait.faq)
        questions.append({entry.question, entry.answer});
    page.setQuestions(questions);
    page.setSources(portrait.sources.join(QLatin1Char('\n')));
    return true;
}

void PortraitPresenter::presentHeadline(PortraitPage &page, const RolePortrait &portrait) const
{
    const bool role = portrait.isRole();
    QList<PortraitPage::Figure> figures;
    if (role) {
        figures.append({tr("Automation potential"), percent(portrait.automation),
            tr("Time-weighted share of the role’s tasks AI could carry out"),
            tr("From the GPT-4 automation labels (T0–T4) of the role’s O*NET tasks, weighted by the role’s "
               "typical time on each.")});
    } else {
        figures.append({tr("Automation potential"), percent(portrait.automation),
            tr("Share of the occupation’s tasks AI could carry out"),
            tr("Mean of the GPT-4 automation labels (T0–T4) of the occupation’s O*NET tasks.")});
    }
    figures.append({tr("Exposure (GPT-4)"), percent(portrait.exposure),
        tr("Share of the work AI could speed up by half or more"),
        role ? tr("From the GPT-4 exposure labels (E0–E2) of the role’s O*NET tasks.")
             : tr("From the GPT-4 exposure labels (E0–E2) of the occupation’s O*NET tasks.")});
    figures.append(
        {tr("Horizon"), tr("%1 years").arg(DisplayNames::yearsRange(portrait.horizonBand, portrait.language)),
            tr("A framing, not a forecast"),
            tr("The band of the scoring model (version %1) for this automation potential.")
                .arg(portrait.modelVersion)});
    if (portrait.workersLessExposed) {
        // SCORING.md section 2: a curated role is placed by its own exposure, not by its occupation's.
        figures.append({tr("Among all workers"), percent(*portrait.workersLessExposed),
            tr("of U.S. workers are in less exposed occupations"),
            role ? tr("Employment-weighted rank of this role’s own GPT-4 exposure among all occupations (BLS "
                      "May 2021 employment).")
                 : tr("Employment-weighted rank of this occupation’s GPT-4 exposure among all occupations "
                      "(BLS May 2021 employment).")});
    }
    page.setHeadline(figures,
        role
            ? tr("This is the portrait of the role. Your own risk depends on your tasks, your tools and your "
                 "experience, not only on your title: take the audit for a personal score.")
            : tr("This is the portrait of the occupation. Your own risk depends on your tasks, your tools "
                 "and your experience, not only on your title."));
}

void PortraitPresenter::presentTasks(PortraitPage &page, const RolePortrait &portrait) const
{
    if (portrait.tasks.isEmpty() && portrait.taskCounts) {
        page.setBattlefield(tr("Tasks by class (GPT-4 labels): %1 automated already, %2 needing human "
                               "oversight, %3 safe for now.")
                                .arg(portrait.count(Battlefield::AutomatedAlready))
                                .arg(portrait.count(Battlefield::NeedsOversight))
                                .arg(portrait.count(Battlefield::SafeForNow)),
            {});
        return;
    }
    QList<BattlefieldView::Task> tasks;
    for (const PortraitTask &task : portrait.tasks)
        tasks.append({task.title, percent(task.aiShare), task.details, task.battlefield});
    page.setBattlefield(
        tr("Each task with the share of it AI could carry out (GPT-4 automation label). Hover "
           "or focus a task for its O*NET links and labels."),
        tasks);
}

void PortraitPresenter::presentWorkers(PortraitPage &page, const RolePortrait &portrait) const
{
    if (!portrait.workersLessExposed || portrait.workerDistribution.isEmpty()) {
        page.setWorkers({}, {}, QString());
        return;
    }
    QList<HistogramChart::Bin> histogram;
    for (const ExposureBand &band : portrait.workerDistribution)
        histogram.append({band.from, band.to, band.workerShare});
    const OccupationTable *occupations = m_workspace.occupations();
    QString sentence
        = tr("%1% of U.S. workers are in occupations less exposed than this one (GPT-4 exposure, weighted by "
             "BLS "
             "May 2021 employment, %2 workers counted).")
              .arg(QLocale().toString(*portrait.workersLessExposed, 'f', 1),
                  QLocale().toString(
                      occupations ? occupations->percentiles(Lens::Gpt4).totalEmployment() : 0));
    // The role's own figure first, then its occupation's, with why the two can differ.
    if (const std::optional<ClosestOccupation> &closest = portrait.closestOccupation) {
        sentence += QLatin1Char(' ')
            + tr("Its closest O*NET occupation, %1 (%2), has an exposure of %3.")
                  .arg(closest->title, closest->code, percent(closest->exposure))
            + QLatin1Char(' ') + portrait.whyRoleAndOccupationDiffer;
    }
    page.setWorkers(histogram, {portrait.exposure, portrait.title, false}, sentence);
}

void PortraitPresenter::presentTools(PortraitPage &page, const RolePortrait &portrait) const
{
    QList<PortraitPage::ToolCard> tools;
    QStringList toLearn;
    for (const PortraitTool &tool : portrait.tools) {
        if (tool.landscape) {
            tools.append({tool.name, tool.vendor, tool.description,
                tool.taskTitles.isEmpty()
                    ? QString()
                    : tr("Reaches: %1").arg(separatorList(tool.taskTitles, portrait.language))});
        }
        if (tool.toLearn)
            toLearn << tr("%1: %2").arg(tool.name, tool.why);
    }
    page.setTools(tools, toLearn.join(QLatin1Char('\n')));
}

void PortraitPresenter::presentLenses(PortraitPage &page, const RolePortrait &portrait) const
{
    QStringList lenses
        = {tr("Exposure, GPT-4 labels"), tr("Exposure, human labels"), tr("Automation potential")};
    QList<double> values = {portrait.exposureGpt4, portrait.exposureHuman, portrait.automation};
    for (const LensFigure &lens : portrait.lenses) {
        if (lens.key == QLatin1String("applicability") && lens.value) {
            lenses << tr("AI applicability (Microsoft)");
            values << *lens.value;
        }
    }
    page.setLenses(lenses, {{portrait.title, values, ChartStyle::accent()}},
        tr("The lenses measure different things: GPT-4 and human annotators labelled the same O*NET tasks "
           "for exposure and often disagree; automation potential asks whether AI could do a task with no "
           "one checking; Microsoft’s applicability score comes from what people actually ask Copilot."));
}

} // namespace outpace
