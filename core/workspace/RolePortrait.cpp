#include "workspace/RolePortrait.h"

#include "catalog/Catalog.h"
#include "research/OccupationTable.h"
#include "scoring/PeerDistribution.h"
#include "scoring/TaskLabelling.h"
#include "workspace/DisplayNames.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace outpace {

namespace {

constexpr int distributionBands = 20;

QString percentText(const QLocale &locale, double value)
{
    return locale.toString(value, 'f', 1) + (locale.language() == QLocale::French ? u"\u00a0%"_qs : u"%"_qs);
}

QList<ExposureBand> distributionOf(const OccupationTable *occupations, Lens lens)
{
    QList<ExposureBand> bands;
    if (!occupations)
        return bands;
    const QList<double> shares = occupations->percentiles(lens).workerShares(distributionBands);
    const double width = 100.0 / distributionBands;
    for (qsizetype i = 0; i < shares.size(); ++i)
        bands << ExposureBand{i * width, (i + 1) * width, shares[i]};
    return bands;
}

std::optional<double> workersBelow(const OccupationTable *occupations, Lens lens, double exposure)
{
    if (!occupations)
        return std::nullopt;
    return occupations->percentiles(lens).percentileOfExposure(exposure / 100.0);
}

QString labelValueText(const QLocale &locale, double value)
{
    return locale.toString(100 * value, 'f', 0);
}

// The labels a deviation changes, with what the research labels give and what the project uses.
PortraitDeviation deviationOf(const RoleTask &task, const ScoringModel &model, Language language)
{
    const QLocale locale = localeOf(language);
    const TaskLabels research = TaskLabelling::researchLabelsOf(task, model);
    PortraitDeviation deviation;
    deviation.reason = task.deviation->reason.in(language);
    if (task.deviation->gpt4Exposure)
        deviation.changes << LabelChange{QStringLiteral("gpt4"),
            labelValueText(locale, research.gpt4Exposure), labelValueText(locale, task.labels.gpt4Exposure)};
    if (task.deviation->humanExposure)
        deviation.changes << LabelChange{QStringLiteral("human"),
            labelValueText(locale, research.humanExposure),
            labelValueText(locale, task.labels.humanExposure)};
    if (task.deviation->automation)
        deviation.changes << LabelChange{QStringLiteral("automation"),
            labelValueText(locale, research.automation), labelValueText(locale, task.labels.automation)};
    return deviation;
}

QString detailsOf(const PortraitTask &task, Language language)
{
    const QLocale locale = localeOf(language);
    QStringList lines;
    lines << RolePortrait::tr("AI can complete %1 of this task; exposure %2 (GPT-4), %3 (human annotators).")
                 .arg(percentText(locale, task.aiShare), percentText(locale, task.exposureGpt4),
                     percentText(locale, task.exposureHuman));
    for (const PortraitTaskLink &link : task.links)
        lines << RolePortrait::tr("O*NET %1, task %2 (%3): exposure %4 / %5, automation %6")
                     .arg(link.occupationCode)
                     .arg(link.taskId)
                     .arg(link.onetType.isEmpty() ? RolePortrait::tr("untyped") : link.onetType,
                         link.gpt4Exposure, link.humanExposure, link.automation);
    if (task.deviation) {
        for (const LabelChange &change : task.deviation->changes)
            lines << RolePortrait::tr("Departs from the research: %1 %2 → %3")
                         .arg(DisplayNames::labelName(change.label), change.before, change.after);
        lines << RolePortrait::tr("Why: %1").arg(task.deviation->reason);
    }
    return lines.join(QLatin1Char('\n'));
}

void fillTasks(RolePortrait &portrait, const Role &role, const RiskScorer &scorer, Language language)
{
    const RoleBaseline baseline = scorer.baseline(role, portrait.lens);
    portrait.automation = baseline.automation;
    portrait.exposure = baseline.exposure;
    portrait.exposureGpt4 = scorer.baseline(role, Lens::Gpt4).exposure;
    portrait.exposureHuman = scorer.baseline(role, Lens::Human).exposure;
    portrait.horizonBand = baseline.horizonBand;
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        const RoleTask &task = role.tasks[i];
        PortraitTask entry;
        entry.id = task.id;
        entry.title = task.title.in(language);
        entry.core = task.type == TaskType::Core;
        entry.battlefield = baseline.battlefield[i];
        entry.aiShare = 100 * task.labels.automation;
        entry.exposure = 100 * scorer.exposureOf(task.labels, portrait.lens);
        entry.exposureGpt4 = 100 * task.labels.gpt4Exposure;
        entry.exposureHuman = 100 * task.labels.humanExposure;
        entry.timeShare = baseline.timeShares[i];
        for (const OnetTaskLink &link : task.links)
            entry.links << PortraitTaskLink{link.occupationCode, link.taskId, onetTypeText(link.type),
                link.gpt4Exposure, link.humanExposure, link.automation};
        if (task.deviation)
            entry.deviation = deviationOf(task, scorer.model(), language);
        entry.details = detailsOf(entry, language);
        portrait.tasks << entry;
    }
    for (const SkillResilience &skill : scorer.skills(role, {}, portrait.lens)) {
        const Skill *known = role.skill(skill.skillId);
        portrait.skills << PortraitSkill{
            skill.skillId, known ? known->name.in(language) : skill.skillId, skill.resilience};
    }
}

QStringList legendOf(Language language, bool withTasks)
{
    Q_UNUSED(language)
    QStringList legend;
    legend << RolePortrait::tr(
        "Automation potential: the share of the work, weighted by time, that an AI system "
        "could complete with no person involved, from the research labels of each task.")
           << RolePortrait::tr("Exposure: the share of the work whose time a large language model, alone or "
                               "in software built on it, could cut by half or more at equal quality.")
           << RolePortrait::tr("Horizon: a framing of how soon the change could matter, from the automation "
                               "potential; it is not a forecast.");
    if (withTasks)
        legend << RolePortrait::tr(
            "AI can do: for each task, how much of it an AI system could complete with "
            "no person involved.");
    return legend;
}

void fillLenses(RolePortrait &portrait, std::optional<double> applicability)
{
    portrait.lenses << LensFigure{QStringLiteral("gpt4"), RolePortrait::tr("Exposure, GPT-4 labels"),
        portrait.exposureGpt4, QStringLiteral("Eloundou et al. 2023")};
    portrait.lenses << LensFigure{QStringLiteral("human"), RolePortrait::tr("Exposure, human annotators"),
        portrait.exposureHuman, QStringLiteral("Eloundou et al. 2023")};
    portrait.lenses << LensFigure{QStringLiteral("applicability"),
        RolePortrait::tr("AI applicability, observed use"),
        applicability ? std::optional<double>(100 * *applicability) : std::nullopt,
        QStringLiteral("Tomlinson et al. 2025")};
    portrait.lensNote = RolePortrait::tr(
        "The lenses measure different things and disagree: the two exposure figures are judgements of what "
        "a language model could speed up (by GPT-4 and by trained annotators), while AI applicability comes "
        "from what people were actually seen doing with Microsoft Copilot, for the whole occupation.");
}

} // namespace

int RolePortrait::count(Battlefield battlefield) const
{
    if (tasks.isEmpty() && taskCounts)
        return (*taskCounts)[static_cast<int>(battlefield)];
    return int(std::count_if(tasks.begin(), tasks.end(),
        [battlefield](const PortraitTask &t) { return t.battlefield == battlefield; }));
}

RolePortrait RolePortrait::ofRole(const Role &role, const Catalog &catalog,
    const OccupationTable *occupations, Language language, Lens lens, const ScoringModel &model)
{
    const RiskScorer scorer(model);
    RolePortrait portrait;
    portrait.ref = RoleRef::role(role.id);
    portrait.language = language;
    portrait.lens = lens;
    portrait.modelVersion = model.version;
    portrait.title = role.title.in(language);
    portrait.plural = role.plural.in(language);
    portrait.sectorId = role.sectorId;
    const NamedItem *sector = catalog.sector(role.sectorId);
    portrait.sector = sector ? sector->name.in(language) : role.sectorId;
    portrait.summary = role.summary.in(language);
    portrait.onetCodes = role.onetCodes;
    fillTasks(portrait, role, scorer, language);

    portrait.workersLessExposed = workersBelow(occupations, lens, portrait.exposure);
    portrait.workerDistribution = distributionOf(occupations, lens);
    std::optional<double> applicability;
    if (occupations && !role.onetCodes.isEmpty()) {
        if (const Occupation *closest = occupations->occupation(role.onetCodes.first())) {
            const double exposure = 100 * closest->exposure(lens).beta;
            portrait.closestOccupation = ClosestOccupation{closest->code, closest->title.in(language),
                exposure, occupations->percentileAmongWorkers(closest->code, lens)};
            portrait.whyRoleAndOccupationDiffer = tr(
                "A curated role is one job's own list of tasks, with its time split; an O*NET occupation "
                "groups many jobs and weighs every task it lists, so their figures can differ.");
            applicability = closest->applicability;
            portrait.employment = closest->employment;
        }
    }
    fillLenses(portrait, applicability);

    for (const RoleTool &roleTool : role.tools) {
        const AiTool *tool = catalog.tool(roleTool.toolId);
        if (!tool)
            continue;
        PortraitTool entry{tool->id, tool->name, tool->vendor, tool->description.in(language),
            roleTool.why.in(language), roleTool.isLandscape(), roleTool.isToLearn(), roleTool.taskIds, {}};
        for (const QString &taskId : roleTool.taskIds) {
            if (const RoleTask *task = role.task(taskId))
                entry.taskTitles << task->title.in(language);
        }
        portrait.tools << entry;
    }
    portrait.analysis = role.analysis.in(language);
    portrait.verdict = role.verdict.in(language);
    portrait.marketSignal = role.market.signal.in(language);
    portrait.medianWageUsd = role.market.medianWageUsd;
    for (const RoadmapPhase &phase : role.roadmap) {
        PortraitPhase entry{phase.id, phase.title.in(language), phase.goal.in(language), {}};
        for (const RoadmapStep &step : phase.steps)
            entry.steps << qMakePair(step.id, step.text.in(language));
        portrait.roadmap << entry;
    }
    for (const QuickAction &action : role.quickActions)
        portrait.quickActions << action.text.in(language);
    portrait.faq = RoleFaq::answers(role, catalog, scorer, language);
    for (const QString &similar : role.similar) {
        if (const Role *other = catalog.role(similar)) {
            const RoleBaseline baseline = scorer.baseline(*other, lens);
            portrait.similar << SimilarRole{
                RoleRef::role(other->id), other->title.in(language), baseline.automation, baseline.exposure};
        } else if (const Occupation *occupation = occupations ? occupations->occupation(similar) : nullptr) {
            portrait.similar << SimilarRole{RoleRef::occupation(occupation->code),
                occupation->title.in(language), 100 * occupation->automation,
                100 * occupation->exposure(lens).beta};
        } else {
            portrait.similar << SimilarRole{RoleRef::occupation(similar),
                tr("O*NET occupation %1").arg(similar), std::nullopt, std::nullopt};
        }
    }
    portrait.peerMedianRisk = PeerDistribution::cachedFor(role, model)->median();
    portrait.legend = legendOf(language, true);
    portrait.sources = {DisplayNames::sourcesParagraph(model.version)};
    return portrait;
}

RolePortrait RolePortrait::ofOccupation(const Occupation &occupation, const OccupationTable &occupations,
    const Role *importedTasks, const Catalog &catalog, Language language, Lens lens,
    const ScoringModel &model)
{
    RolePortrait portrait;
    portrait.ref = RoleRef::occupation(occupation.code);
    portrait.language = language;
    portrait.lens = lens;
    portrait.modelVersion = model.version;
    portrait.title = occupation.title.in(language);
    portrait.plural = portrait.title;
    portrait.sector = tr("O*NET occupation");
    portrait.onetCodes = {occupation.code};
    portrait.publishedFigures = occupation;
    // The published figures are the occupation's own; imported tasks give the same weighted means.
    portrait.automation = 100 * occupation.automation;
    portrait.exposure = 100 * occupation.exposure(lens).beta;
    portrait.exposureGpt4 = 100 * occupation.gpt4.beta;
    portrait.exposureHuman = 100 * occupation.human.beta;
    portrait.horizonBand = model.horizonBand(portrait.automation);
    if (importedTasks) {
        const RiskScorer scorer(model);
        fillTasks(portrait, *importedTasks, scorer, language);
        portrait.tasksInOriginalEnglish = true;
        portrait.peerMedianRisk = PeerDistribution::cachedFor(*importedTasks, model)->median();
    } else {
        portrait.taskCounts
            = std::array<int, 3>{occupation.automatedTasks, occupation.oversightTasks, occupation.safeTasks};
    }
    portrait.workersLessExposed = occupations.percentileAmongWorkers(occupation.code, lens);
    portrait.workerDistribution = distributionOf(&occupations, lens);
    portrait.medianWageUsd = occupation.medianWage;
    portrait.medianWageTopCoded = occupation.medianWageTopCoded;
    portrait.employment = occupation.employment;
    fillLenses(portrait, occupation.applicability);
    for (const Occupation *similar : occupations.similarOccupations(occupation.code)) {
        portrait.similar << SimilarRole{RoleRef::occupation(similar->code), similar->title.in(language),
            100 * similar->automation, 100 * similar->exposure(lens).beta};
    }
    // Curated roles built on this occupation are the richer portraits of the same work.
    for (const Role &role : catalog.roles()) {
        if (role.onetCodes.contains(occupation.code)) {
            const RoleBaseline baseline = RiskScorer(model).baseline(role, lens);
            portrait.similar.prepend(SimilarRole{
                RoleRef::role(role.id), role.title.in(language), baseline.automation, baseline.exposure});
        }
    }
    portrait.legend = legendOf(language, importedTasks != nullptr);
    portrait.sources = {DisplayNames::sourcesParagraph(model.version)};
    return portrait;
}

QJsonObject RolePortrait::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("id"), ref.id);
    root.insert(QStringLiteral("kind"), ref.isRole() ? QStringLiteral("role") : QStringLiteral("occupation"));
    root.insert(QStringLiteral("language"), languageCode(language));
    root.insert(QStringLiteral("lens"), lensKey(lens));
    root.insert(QStringLiteral("modelVersion"), modelVersion);
    root.insert(QStringLiteral("title"), title);
    if (ref.isRole()) {
        root.insert(QStringLiteral("sector"), sectorId);
    } else {
        root.insert(QStringLiteral("code"), ref.id);
        root.insert(QStringLiteral("soc"), ref.id.left(7));
    }
    root.insert(QStringLiteral("summary"), summary);
    root.insert(QStringLiteral("onetCodes"), QJsonArray::fromStringList(onetCodes));
    root.insert(QStringLiteral("automationPotential"), automation);
    root.insert(QStringLiteral("exposure"), exposure);
    root.insert(QStringLiteral("exposureGpt4"), exposureGpt4);
    root.insert(QStringLiteral("exposureHuman"), exposureHuman);
    root.insert(QStringLiteral("horizonBand"), horizonBand);
    if (workersLessExposed)
        root.insert(QStringLiteral("percentileAmongWorkers"), *workersLessExposed);
    if (closestOccupation) {
        QJsonObject closest{{QStringLiteral("code"), closestOccupation->code},
            {QStringLiteral("title"), closestOccupation->title},
            {QStringLiteral("exposure"), closestOccupation->exposure}};
        if (closestOccupation->workersLessExposed)
            closest.insert(QStringLiteral("percentileAmongWorkers"), *closestOccupation->workersLessExposed);
        root.insert(QStringLiteral("closestOccupation"), closest);
        root.insert(QStringLiteral("whyRoleAndOccupationDiffer"), whyRoleAndOccupationDiffer);
    }
    root.insert(QStringLiteral("medianWageUsd"), medianWageUsd ? QJsonValue(*medianWageUsd) : QJsonValue());
    if (medianWageTopCoded)
        root.insert(QStringLiteral("medianWageTopCoded"), true);
    if (employment)
        root.insert(QStringLiteral("employment"), double(*employment));

    QJsonArray taskArray;
    for (const PortraitTask &task : tasks) {
        QJsonObject entry{{QStringLiteral("id"), task.id}, {QStringLiteral("title"), task.title},
            {QStringLiteral("type"), task.core ? QStringLiteral("core") : QStringLiteral("supplemental")},
            {QStringLiteral("battlefield"), battlefieldKey(task.battlefield)},
            {QStringLiteral("exposureGpt4"), task.exposureGpt4 / 100},
            {QStringLiteral("exposureHuman"), task.exposureHuman / 100},
            {QStringLiteral("automation"), task.aiShare / 100},
            {QStringLiteral("timeShare"), task.timeShare}};
        QJsonArray links;
        for (const PortraitTaskLink &link : task.links)
            links << QJsonObject{{QStringLiteral("code"), link.occupationCode},
                {QStringLiteral("task"), link.taskId}, {QStringLiteral("type"), link.onetType},
                {QStringLiteral("gpt4"), link.gpt4Exposure}, {QStringLiteral("human"), link.humanExposure},
                {QStringLiteral("automation"), link.automation}};
        if (!links.isEmpty())
            entry.insert(QStringLiteral("onet"), links);
        if (task.deviation) {
            entry.insert(QStringLiteral("deviation"), task.deviation->reason);
            QJsonArray changes;
            for (const LabelChange &change : task.deviation->changes)
                changes << QJsonObject{{QStringLiteral("label"), change.label},
                    {QStringLiteral("before"), change.before}, {QStringLiteral("after"), change.after}};
            entry.insert(QStringLiteral("deviationChanges"), changes);
        }
        taskArray << entry;
    }
    if (!tasks.isEmpty())
        root.insert(QStringLiteral("tasks"), taskArray);
    if (tasksInOriginalEnglish)
        root.insert(QStringLiteral("tasksInOriginalEnglish"), true);
    if (taskCounts)
        root.insert(QStringLiteral("battlefield"),
            QJsonObject{{QStringLiteral("automatedAlready"), (*taskCounts)[0]},
                {QStringLiteral("needsOversight"), (*taskCounts)[1]},
                {QStringLiteral("safeForNow"), (*taskCounts)[2]}});

    if (ref.isRole()) {
        QJsonArray toolArray;
        for (const PortraitTool &tool : tools)
            toolArray << QJsonObject{{QStringLiteral("id"), tool.id}, {QStringLiteral("name"), tool.name},
                {QStringLiteral("description"), tool.description},
                {QStringLiteral("landscape"), tool.landscape}, {QStringLiteral("toLearn"), tool.toLearn},
                {QStringLiteral("why"), tool.why},
                {QStringLiteral("tasks"), QJsonArray::fromStringList(tool.taskIds)}};
        root.insert(QStringLiteral("tools"), toolArray);
    }
    QJsonArray skillArray;
    for (const PortraitSkill &skill : skills)
        skillArray << QJsonObject{{QStringLiteral("id"), skill.id}, {QStringLiteral("name"), skill.name},
            {QStringLiteral("resilience"), skill.resilience}};
    if (!skills.isEmpty())
        root.insert(QStringLiteral("skills"), skillArray);
    if (ref.isRole()) {
        root.insert(QStringLiteral("analysis"), analysis);
        root.insert(QStringLiteral("verdict"), verdict);
        root.insert(QStringLiteral("marketSignal"), marketSignal);
        QJsonArray phases;
        for (const PortraitPhase &phase : roadmap) {
            QJsonArray steps;
            for (const auto &step : phase.steps)
                steps << QJsonObject{
                    {QStringLiteral("id"), step.first}, {QStringLiteral("text"), step.second}};
            phases << QJsonObject{{QStringLiteral("id"), phase.id}, {QStringLiteral("title"), phase.title},
                {QStringLiteral("goal"), phase.goal}, {QStringLiteral("steps"), steps}};
        }
        root.insert(QStringLiteral("roadmap"), phases);
        root.insert(QStringLiteral("quickActions"), QJsonArray::fromStringList(quickActions));
        QJsonArray faqArray;
        for (const FaqAnswer &entry : faq)
            faqArray << QJsonObject{
                {QStringLiteral("question"), entry.question}, {QStringLiteral("answer"), entry.answer}};
        root.insert(QStringLiteral("faq"), faqArray);
    }
    QJsonArray lensArray;
    for (const LensFigure &figure : lenses)
        lensArray << QJsonObject{{QStringLiteral("key"), figure.key}, {QStringLiteral("name"), figure.name},
            {QStringLiteral("value"), figure.value ? QJsonValue(*figure.value) : QJsonValue()},
            {QStringLiteral("source"), figure.source}};
    root.insert(QStringLiteral("lenses"), lensArray);
    root.insert(QStringLiteral("lensNote"), lensNote);
    QJsonArray similarArray;
    for (const SimilarRole &entry : similar) {
        QJsonObject object{{QStringLiteral("kind"),
                               entry.ref.isRole() ? QStringLiteral("role") : QStringLiteral("occupation")},
            {QStringLiteral("id"), entry.ref.id}, {QStringLiteral("title"), entry.title}};
        if (entry.automation)
            object.insert(QStringLiteral("automationPotential"), *entry.automation);
        if (entry.exposure)
            object.insert(QStringLiteral("exposure"), *entry.exposure);
        similarArray << object;
    }
    root.insert(QStringLiteral("similar"), similarArray);
    if (peerMedianRisk)
        root.insert(QStringLiteral("peerMedianRisk"), *peerMedianRisk);
    QJsonArray bands;
    for (const ExposureBand &band : workerDistribution)
        bands << QJsonObject{{QStringLiteral("from"), band.from}, {QStringLiteral("to"), band.to},
            {QStringLiteral("workerShare"), band.workerShare}};
    root.insert(QStringLiteral("workerDistribution"), bands);
    root.insert(QStringLiteral("legend"), QJsonArray::fromStringList(legend));
    root.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
    return root;
}

} // namespace outpace
