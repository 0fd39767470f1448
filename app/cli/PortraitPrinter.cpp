#include "PortraitPrinter.h"

#include "CliFormat.h"
#include "portrait/RoleFaq.h"
#include "research/OccupationTable.h"
#include "scoring/PeerDistribution.h"

#include <QJsonArray>

namespace outpace {

using namespace cli;

namespace {

// Where the role's primary occupation stands among all workers (SCORING.md section 2), from the built-in
// occupation table; the role's own tasks are curated, so the standing is the occupation's.
std::optional<double> workersLessExposed(const Role &role)
{
    const Result<OccupationTable> &table = OccupationTable::builtIn();
    if (!table || role.onetCodes.isEmpty())
        return std::nullopt;
    return table->percentileAmongWorkers(role.onetCodes.first());
}

QString occupationTitle(const Role &role, Language lang)
{
    const Result<OccupationTable> &table = OccupationTable::builtIn();
    const Occupation *occupation = table ? table->occupation(role.onetCodes.first()) : nullptr;
    return occupation ? occupation->title.in(lang) : role.onetCodes.first();
}

} // namespace

QString PortraitPrinter::battlefieldName(Battlefield battlefield)
{
    switch (battlefield) {
    case Battlefield::AutomatedAlready:
        return tr("Automated already");
    case Battlefield::NeedsOversight:
        return tr("Needs human oversight");
    case Battlefield::SafeForNow:
        return tr("Safe for now");
    }
    return {};
}

QString PortraitPrinter::lensName(Lens lens)
{
    return lens == Lens::Gpt4 ? tr("GPT-4") : tr("human annotators");
}

void PortraitPrinter::writeText(QTextStream &out, const Role &role) const
{
    const Language lang = m_language;
    const QLocale locale = localeFor(lang);
    const RoleBaseline baseline = m_scorer.baseline(role, m_lens);
    const RoleBaseline other = m_scorer.baseline(role, m_lens == Lens::Gpt4 ? Lens::Human : Lens::Gpt4);
    const RoleBaseline &gpt4 = m_lens == Lens::Gpt4 ? baseline : other;
    const RoleBaseline &human = m_lens == Lens::Gpt4 ? other : baseline;
    const NamedItem *sector = m_catalog.sector(role.sectorId);

    out << role.title.in(lang) << "  ·  " << (sector ? sector->name.in(lang) : role.sectorId) << "  ·  O*NET "
        << role.onetCodes.join(QStringLiteral(", ")) << '\n';
    writeWrapped(out, role.summary.in(lang), 0);
    out << '\n';
    out << "  " << tr("Automation potential").leftJustified(34) << percent(locale, baseline.automation)
        << '\n';
    out << "  " << tr("Exposure (GPT-4 labels)").leftJustified(34) << percent(locale, gpt4.exposure) << '\n';
    out << "  " << tr("Exposure (human labels)").leftJustified(34) << percent(locale, human.exposure) << '\n';
    out << "  " << tr("Horizon").leftJustified(34)
        << tr("%1 years (a framing, not a forecast)").arg(baseline.horizonBand) << '\n';
    if (role.market.medianWageUsd)
        out << "  " << tr("Median wage (BLS, May 2021)").leftJustified(34)
            << locale.toCurrencyString(qlonglong(*role.market.medianWageUsd), QStringLiteral("$")) << '\n';
    if (const std::optional<double> share = workersLessExposed(role)) {
        out << "  "
            << tr("%1 of workers are in less exposed occupations (%2, O*NET %3)")
                   .arg(percent(locale, *share), occupationTitle(role, lang), role.onetCodes.first())
            << '\n';
    }
    out << '\n';
    writeWrapped(out,
        tr("This is the portrait of the role. Your own risk depends on your tasks, your tools and your "
           "experience, not only on your title: run the audit for a personal score."),
        2);

    writeHeading(out, tr("Task battlefield"));
    out << "  " << tr("Exposure labels by %1; automation levels by GPT-4.").arg(lensName(m_lens)) << '\n';
    for (Battlefield group :
        {Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow}) {
        QStringList lines;
        for (qsizetype i = 0; i < role.tasks.size(); ++i) {
            if (baseline.battlefield[i] != group)
                continue;
            const RoleTask &task = role.tasks[i];
            lines << QStringLiteral("    - %1%2")
                         .arg(task.title.in(lang), task.deviation ? QStringLiteral(" *") : QString());
        }
        out << '\n' << "  " << battlefieldName(group) << " (" << lines.size() << ")\n";
        for (const QString &line : lines)
            out << line << '\n';
    }
    bool anyDeviation = false;
    for (const RoleTask &task : role.tasks) {
        if (!task.deviation)
            continue;
        if (!anyDeviation)
            out << '\n'
                << "  " << tr("* Where this portrait departs from the research label, and why:") << '\n';
        anyDeviation = true;
        writeWrapped(out, task.title.in(lang) + colon(lang) + task.deviation->reason.in(lang), 6,
            QStringLiteral("* "));
    }

    writeHeading(out, tr("Competitive landscape: AI tools taking over tasks"));
    for (const RoleTool &roleTool : role.tools) {
        if (!roleTool.isLandscape())
            continue;
        const AiTool *tool = m_catalog.tool(roleTool.toolId);
        out << "  " << tool->name << " (" << tool->vendor << ")\n";
        writeWrapped(out, tool->description.in(lang), 4);
        QStringList tasks;
        for (const QString &taskId : roleTool.taskIds)
            tasks << role.task(taskId)->title.in(lang);
        if (!tasks.isEmpty())
            writeWrapped(out,
                tr("Reaches: %1")
                    .arg(tasks.join(
                        lang == Language::French ? QStringLiteral("\u00a0; ") : QStringLiteral("; "))),
                4);
    }

    writeHeading(out, tr("Skill resilience (higher is safer, most exposed first)"));
    for (const SkillResilience &entry : m_scorer.skills(role, {}, m_lens)) {
        out << "  " << role.skill(entry.skillId)->name.in(lang).leftJustified(38).left(38) << ' '
            << bar(entry.resilience) << ' ' << locale.toString(entry.resilience, 'f', 0) << '\n';
    }

    writeHeading(out, tr("Deep analysis"));
    writeWrapped(out, role.analysis.in(lang));
    writeHeading(out, tr("Verdict"));
    writeWrapped(out, role.verdict.in(lang));

    writeHeading(out, tr("AI tools to learn"));
    for (const RoleTool &roleTool : role.tools) {
        if (roleTool.isToLearn())
            writeWrapped(out, m_catalog.tool(roleTool.toolId)->name + colon(lang) + roleTool.why.in(lang), 4,
                QStringLiteral("- "));
    }

    writeHeading(out, tr("Market signal"));
    writeWrapped(out, role.market.signal.in(lang));

    writeHeading(out, tr("Adaptation roadmap"));
    for (qsizetype p = 0; p < role.roadmap.size(); ++p) {
        const RoadmapPhase &phase = role.roadmap[p];
        out << "  " << tr("Phase %1: %2").arg(p + 1).arg(phase.title.in(lang)) << '\n';
        writeWrapped(out, phase.goal.in(lang), 4);
        for (const RoadmapStep &step : phase.steps)
            writeWrapped(out, step.text.in(lang), 6, QStringLiteral("\u2192 "));
        out << '\n';
    }

    writeHeading(out, tr("Quick actions: start this week"));
    for (const QuickAction &action : role.quickActions)
        writeWrapped(out, action.text.in(lang), 4, QStringLiteral("- "));

    const auto peers = PeerDistribution::cachedFor(role, m_scorer.model());
    writeHeading(out, tr("Modelled peers"));
    writeWrapped(out,
        tr("Among %1 modelled %2 (time split, experience and tool use drawn at random around this "
           "role's profile), the median personal risk score is %3. Run the audit to see where you stand.")
            .arg(locale.toString(peers->size()), role.plural.in(lang),
                locale.toString(peers->median(), 'f', 1)));

    writeHeading(out, tr("Questions and answers"));
    for (const FaqAnswer &entry : RoleFaq::answers(role, m_catalog, m_scorer, lang)) {
        writeWrapped(out, entry.question, 2);
        writeWrapped(out, entry.answer, 4);
        out << '\n';
    }

    writeHeading(out, tr("Similar roles"));
    for (const QString &similar : role.similar) {
        if (const Role *other = m_catalog.role(similar))
            out << "  - " << other->title.in(lang) << " (" << other->id << ")\n";
        else
            out << "  - " << tr("O*NET occupation %1").arg(similar) << '\n';
    }

    writeHeading(out, tr("Sources"));
    writeWrapped(out,
        tr("Task labels: Eloundou, Manning, Mishkin and Rock (2023), \"GPTs are GPTs\" (MIT licence), on "
           "O*NET task statements (U.S. Department of Labor, CC BY 4.0). Wages: U.S. Bureau of Labor "
           "Statistics, OEWS May 2021. Scoring model version %1.")
            .arg(m_scorer.model().version));
}

QJsonObject PortraitPrinter::toJson(const Role &role) const
{
    const Language lang = m_language;
    const RoleBaseline baseline = m_scorer.baseline(role, m_lens);
    const RoleBaseline gpt4 = m_scorer.baseline(role, Lens::Gpt4);
    const RoleBaseline human = m_scorer.baseline(role, Lens::Human);

    QJsonObject root;
    root.insert(QStringLiteral("id"), role.id);
    root.insert(QStringLiteral("language"), languageCode(lang));
    root.insert(QStringLiteral("lens"), lensKey(m_lens));
    root.insert(QStringLiteral("modelVersion"), m_scorer.model().version);
    root.insert(QStringLiteral("title"), role.title.in(lang));
    root.insert(QStringLiteral("sector"), role.sectorId);
    root.insert(QStringLiteral("summary"), role.summary.in(lang));
    root.insert(QStringLiteral("onetCodes"), QJsonArray::fromStringList(role.onetCodes));
    root.insert(QStringLiteral("automationPotential"), baseline.automation);
    root.insert(QStringLiteral("exposure"), baseline.exposure);
    root.insert(QStringLiteral("exposureGpt4"), gpt4.exposure);
    root.insert(QStringLiteral("exposureHuman"), human.exposure);
    root.insert(QStringLiteral("horizonBand"), baseline.horizonBand);
    if (const std::optional<double> share = workersLessExposed(role))
        root.insert(QStringLiteral("percentileAmongWorkers"), *share);
    root.insert(QStringLiteral("medianWageUsd"),
        role.market.medianWageUsd ? QJsonValue(*role.market.medianWageUsd) : QJsonValue(QJsonValue::Null));

    QJsonArray tasks;
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        const RoleTask &task = role.tasks[i];
        QJsonObject entry{{QStringLiteral("id"), task.id}, {QStringLiteral("title"), task.title.in(lang)},
            {QStringLiteral("type"),
                task.type == TaskType::Core ? QStringLiteral("core") : QStringLiteral("supplemental")},
            {QStringLiteral("battlefield"), battlefieldKey(baseline.battlefield[i])},
            {QStringLiteral("exposureGpt4"), task.labels.gpt4Exposure},
            {QStringLiteral("exposureHuman"), task.labels.humanExposure},
            {QStringLiteral("automation"), task.labels.automation},
            {QStringLiteral("timeShare"), baseline.timeShares[i]}};
        if (task.deviation)
            entry.insert(QStringLiteral("deviation"), task.deviation->reason.in(lang));
        tasks << entry;
    }
    root.insert(QStringLiteral("tasks"), tasks);

    QJsonArray tools;
    for (const RoleTool &roleTool : role.tools) {
        const AiTool *tool = m_catalog.tool(roleTool.toolId);
        tools << QJsonObject{{QStringLiteral("id"), tool->id}, {QStringLiteral("name"), tool->name},
            {QStringLiteral("description"), tool->description.in(lang)},
            {QStringLiteral("landscape"), roleTool.isLandscape()},
            {QStringLiteral("toLearn"), roleTool.isToLearn()}, {QStringLiteral("why"), roleTool.why.in(lang)},
            {QStringLiteral("tasks"), QJsonArray::fromStringList(roleTool.taskIds)}};
    }
    root.insert(QStringLiteral("tools"), tools);

    QJsonArray skills;
    for (const SkillResilience &entry : m_scorer.skills(role, {}, m_lens)) {
        skills << QJsonObject{{QStringLiteral("id"), entry.skillId},
            {QStringLiteral("name"), role.skill(entry.skillId)->name.in(lang)},
            {QStringLiteral("resilience"), entry.resilience}};
    }
    root.insert(QStringLiteral("skills"), skills);
    root.insert(QStringLiteral("analysis"), role.analysis.in(lang));
    root.insert(QStringLiteral("verdict"), role.verdict.in(lang));
    root.insert(QStringLiteral("marketSignal"), role.market.signal.in(lang));

    QJsonArray roadmap;
    for (const RoadmapPhase &phase : role.roadmap) {
        QJsonArray steps;
        for (const RoadmapStep &step : phase.steps)
            steps << QJsonObject{
                {QStringLiteral("id"), step.id}, {QStringLiteral("text"), step.text.in(lang)}};
        roadmap << QJsonObject{{QStringLiteral("id"), phase.id},
            {QStringLiteral("title"), phase.title.in(lang)}, {QStringLiteral("goal"), phase.goal.in(lang)},
            {QStringLiteral("steps"), steps}};
    }
    root.insert(QStringLiteral("roadmap"), roadmap);
    QJsonArray actions;
    for (const QuickAction &action : role.quickActions)
        actions << QJsonObject{
            {QStringLiteral("id"), action.id}, {QStringLiteral("text"), action.text.in(lang)}};
    root.insert(QStringLiteral("quickActions"), actions);

    QJsonArray faq;
    for (const FaqAnswer &entry : RoleFaq::answers(role, m_catalog, m_scorer, lang))
        faq << QJsonObject{
            {QStringLiteral("question"), entry.question}, {QStringLiteral("answer"), entry.answer}};
    root.insert(QStringLiteral("faq"), faq);
    root.insert(QStringLiteral("similar"), QJsonArray::fromStringList(role.similar));

    const auto peers = PeerDistribution::cachedFor(role, m_scorer.model());
    root.insert(QStringLiteral("peerMedianRisk"), peers->median());
    return root;
}

} // namespace outpace
