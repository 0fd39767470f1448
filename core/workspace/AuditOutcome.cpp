#include "workspace/AuditOutcome.h"

#include "scoring/PeerDistribution.h"
#include "workspace/DisplayNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace outpace {

namespace {

class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(AuditOutcome)
};

double roundedToTenth(double value)
{
    return std::round(value * 10) / 10;
}

void roundParts(QList<BreakdownPart> &parts, double total)
{
    QList<double> values;
    for (const BreakdownPart &part : parts)
        values << part.value;
    const QList<double> shown = AuditOutcome::roundedParts(values, total);
    for (qsizetype i = 0; i < parts.size(); ++i)
        parts[i].shown = shown[i];
}

} // namespace

QList<double> AuditOutcome::roundedParts(const QList<double> &values, double total)
{
    // Work in tenths: floor every part, then give the tenths still missing to the largest remainders.
    const qint64 target = qint64(std::llround(total * 10));
    QList<qint64> floors;
    QList<QPair<double, qsizetype>> remainders;
    qint64 sum = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double scaled = values[i] * 10;
        const qint64 floor = qint64(std::floor(scaled + 1e-9));
        floors << floor;
        sum += floor;
        remainders << qMakePair(scaled - double(floor), i);
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    qint64 missing = target - sum;
    for (qsizetype k = 0; missing > 0 && k < remainders.size(); ++k, --missing)
        ++floors[remainders[k].second];
    // More than one tenth per part cannot be missing when the parts add up to the total; should the total
    // be off, the last part takes the difference so the printed sum still holds.
    if (missing != 0 && !floors.isEmpty())
        floors.last() += missing;
    QList<double> shown;
    for (qint64 tenths : floors)
        shown << double(tenths) / 10;
    return shown;
}

AuditOutcome AuditOutcome::compute(const RoleRef &ref, const Role &role, const AuditAnswers &answers,
    Language language, Lens lens, const ScoringModel &model)
{
    const RiskScorer scorer(model);
    const QLocale locale = localeOf(language);
    AuditOutcome outcome;
    outcome.ref = ref;
    outcome.roleTitle = role.title.in(language);
    outcome.language = language;
    outcome.lens = lens;
    outcome.modelVersion = model.version;
    outcome.answers = answers;
    outcome.result = scorer.score(role, answers, lens);
    const RiskResult &result = outcome.result;
    outcome.shownRisk = roundedToTenth(result.risk);

    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        outcome.taskParts << BreakdownPart{BreakdownPart::Kind::Task, role.tasks[i].id,
            role.tasks[i].title.in(language), result.taskContributions[i], 0};
        outcome.factorParts << BreakdownPart{BreakdownPart::Kind::Task, role.tasks[i].id,
            role.tasks[i].title.in(language), result.unadjustedContributions[i], 0};
    }
    if (result.otherShare > 0) {
        const QString other = AuditTexts::tr("Other work (counted as safe)");
        outcome.taskParts << BreakdownPart{BreakdownPart::Kind::OtherWork, {}, other, 0, 0};
        outcome.factorParts << BreakdownPart{BreakdownPart::Kind::OtherWork, {}, other, 0, 0};
    }
    outcome.factorParts << BreakdownPart{BreakdownPart::Kind::Experience, {},
        AuditTexts::tr("Experience (%1, ×%2)")
            .arg(DisplayNames::experience(answers.experience),
                locale.toString(result.experienceFactor, 'f', 2)),
        result.experienceAdjustment, 0};
    outcome.factorParts << BreakdownPart{BreakdownPart::Kind::Fluency, {},
        AuditTexts::tr("AI fluency (×%1)").arg(locale.toString(result.fluencyFactor, 'f', 2)),
        result.fluencyAdjustment, 0};
    // A cap that removed nothing is not a part of the score.
    if (std::abs(result.clampAdjustment) > 1e-9) {
        const BreakdownPart cap{
            BreakdownPart::Kind::Cap, {}, AuditTexts::tr("Capped at 100"), result.clampAdjustment, 0};
        outcome.taskParts << cap;
        outcome.factorParts << cap;
    }
    roundParts(outcome.taskParts, result.risk);
    roundParts(outcome.factorParts, result.risk);

    outcome.battlefield.reserve(role.tasks.size());
    for (const RoleTask &task : role.tasks)
        outcome.battlefield << scorer.classify(task.labels, lens);
    outcome.skills = scorer.skills(role, result.shares, lens);
    outcome.horizonBand = model.horizonBand(result.risk);

    const auto peers = PeerDistribution::cachedFor(role, model);
    outcome.peerPercentile = peers->percentileOf(result.risk);
    outcome.peersSafer = peers->peersSaferThan(result.risk);
    outcome.peerHistogram = peers->histogram(model.histogramBins);
    outcome.peerCount = int(peers->size());
    outcome.peerMedian = peers->median();
    const PeerAssumptions assumptions = model.peersOf(role);
    outcome.peerToolAdoption = assumptions.toolAdoption;

    outcome.usesNoTools = std::none_of(answers.tools.begin(), answers.tools.end(),
        [](ToolFrequency frequency) { return frequency != ToolFrequency::Never; });
    const int typicalTools = int(std::lround(assumptions.toolAdoption * double(role.tools.size())));
    if (outcome.usesNoTools && typicalTools > 0) {
        AuditAnswers typical = answers;
        for (int t = 0; t < typicalTools; ++t)
            typical.tools.insert(role.tools[t].toolId, ToolFrequency::Weekly);
        outcome.scoreWithTypicalTools = scorer.score(role, typical, lens).risk;
        outcome.peerNote = AuditTexts::tr(
            "These answers use no AI tool, while the modelled peers use each of the role's tools weekly "
            "%1 of the time; with %n of the role's tools used weekly, as a typical peer does, the score "
            "would "
            "be %2.",
            nullptr, typicalTools)
                               .arg(locale.toString(100 * assumptions.toolAdoption, 'f', 0)
                                       + (language == Language::French ? u"\u00a0%"_qs : u"%"_qs),
                                   locale.toString(roundedToTenth(*outcome.scoreWithTypicalTools), 'f', 1));
    } else {
        outcome.peerNote = AuditTexts::tr("Peers are modelled from the role's profile (time split, "
                                          "experience and tool use drawn at random), "
                                          "not surveyed.");
    }

    outcome.legend
        << AuditTexts::tr("Your exposure: the share of your week that a large language model could speed up "
                          "by half or more.")
        << AuditTexts::tr(
               "Your automation: the share of your week, by time, that an AI system could complete "
               "with no person involved.")
        << AuditTexts::tr("AI fluency: how much you already use AI tools, from 0 (none) to 1 (three or more "
                          "every week); it lowers the score by up to %1.")
               .arg(locale.toString(100 * model.fluencyMaxReduction, 'f', 0)
                   + (language == Language::French ? QStringLiteral("\u00a0%") : QStringLiteral("%")))
        << AuditTexts::tr(
               "Experience factor: early-career workers in exposed jobs have lost the most ground, "
               "so a junior level raises the score and a senior one lowers it.");
    return outcome;
}

QJsonObject AuditOutcome::toJson() const
{
    auto partsJson = [](const QList<BreakdownPart> &parts) {
        QJsonArray array;
        for (const BreakdownPart &part : parts) {
            static const char *const kinds[] = {"task", "other", "experience", "fluency", "cap"};
            QJsonObject object{{QStringLiteral("kind"), QLatin1String(kinds[int(part.kind)])},
                {QStringLiteral("label"), part.label}, {QStringLiteral("value"), part.value},
                {QStringLiteral("shown"), part.shown}};
            if (!part.taskId.isEmpty())
                object.insert(QStringLiteral("task"), part.taskId);
            array << object;
        }
        return array;
    };
    QJsonArray tasks;
    for (qsizetype i = 0; i < answers.taskHours.size() && i < result.shares.size(); ++i) {
        const BreakdownPart &part = taskParts[i];
        tasks << QJsonObject{{QStringLiteral("id"), part.taskId}, {QStringLiteral("title"), part.label},
            {QStringLiteral("share"), result.shares[i]},
            {QStringLiteral("battlefield"), battlefieldKey(battlefield[i])},
            {QStringLiteral("contribution"), result.taskContributions[i]},
            {QStringLiteral("unadjustedContribution"), result.unadjustedContributions[i]}};
    }
    QJsonArray skillArray;
    for (const SkillResilience &entry : skills)
        skillArray << QJsonObject{{QStringLiteral("id"), entry.skillId},
            {QStringLiteral("resilience"), entry.resilience}, {QStringLiteral("practised"), entry.practised}};
    QJsonArray histogram;
    for (int count : peerHistogram)
        histogram << count;
    QJsonObject root{{QStringLiteral("role"), ref.id},
        {QStringLiteral("kind"), ref.isRole() ? QStringLiteral("role") : QStringLiteral("occupation")},
        {QStringLiteral("modelVersion"), modelVersion}, {QStringLiteral("lens"), lensKey(lens)},
        {QStringLiteral("language"), languageCode(language)},
        {QStringLiteral("experience"), experienceKey(answers.experience)},
        {QStringLiteral("risk"), result.risk}, {QStringLiteral("riskShown"), shownRisk},
        {QStringLiteral("personalExposure"), result.personalExposure},
        {QStringLiteral("personalAutomation"), result.personalAutomation},
        {QStringLiteral("fluency"), result.fluency},
        {QStringLiteral("experienceFactor"), result.experienceFactor},
        {QStringLiteral("fluencyFactor"), result.fluencyFactor},
        {QStringLiteral("otherShare"), result.otherShare}, {QStringLiteral("tasks"), tasks},
        {QStringLiteral("experienceAdjustment"), result.experienceAdjustment},
        {QStringLiteral("fluencyAdjustment"), result.fluencyAdjustment},
        {QStringLiteral("clampAdjustment"), result.clampAdjustment},
        {QStringLiteral("breakdownByTask"), partsJson(taskParts)},
        {QStringLiteral("breakdownByFactor"), partsJson(factorParts)},
        {QStringLiteral("horizonBand"), horizonBand}, {QStringLiteral("skills"), skillArray},
        {QStringLiteral("peerPercentile"), peerPercentile}, {QStringLiteral("peersSafer"), peersSafer},
        {QStringLiteral("peerCount"), peerCount}, {QStringLiteral("peerMedian"), peerMedian},
        {QStringLiteral("peerToolAdoption"), peerToolAdoption}, {QStringLiteral("peerHistogram"), histogram},
        {QStringLiteral("peerNote"), peerNote},
        {QStringLiteral("legend"), QJsonArray::fromStringList(legend)}};
    if (scoreWithTypicalTools)
        root.insert(QStringLiteral("scoreWithTypicalTools"), *scoreWithTypicalTools);
    return root;
}

} // namespace outpace
