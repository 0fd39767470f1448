#include "ScorePrinter.h"

#include "CliFormat.h"

#include "workspace/DisplayNames.h"

#include <algorithm>

namespace outpace {

using namespace cli;

void ScorePrinter::writeText(QTextStream &out, const AuditOutcome &outcome, const Role &role, bool defaults)
{
    const Language lang = outcome.language;
    const QLocale locale = localeOf(lang);
    const RiskResult &result = outcome.result;
    auto number = [&](double value) { return locale.toString(value, 'f', 1); };
    auto signedNumber = [&](double value) {
        return (value >= 0 ? QStringLiteral("+") : QString()) + locale.toString(value, 'f', 1);
    };
    writeWrapped(
        out, tr("Personal risk score for %1: %2 / 100").arg(outcome.roleTitle, number(outcome.shownRisk)), 0);
    if (defaults)
        writeWrapped(
            out, tr("(default answers: time split as in the role's profile, mid level, no AI tools)"));
    writeWrapped(out,
        tr("Horizon: %1 years (a framing, not a forecast)")
            .arg(DisplayNames::yearsRange(outcome.horizonBand, lang)));
    writeWrapped(out,
        tr("Your exposure %1 · your automation %2 · AI fluency %3 · experience %4")
            .arg(percent(locale, result.personalExposure), percent(locale, result.personalAutomation),
                locale.toString(result.fluency, 'f', 2),
                DisplayNames::experience(outcome.answers.experience)));

    writeHeading(out, tr("What the figures mean"));
    for (const QString &line : outcome.legend)
        writeWrapped(out, line, 4, QStringLiteral("- "));

    // Each figure column is at least two characters wider than its heading, so that a longer heading
    // in another language never runs into its neighbour; the task titles take what is left.
    const QString timeHeading = tr("Time"), shareHeading = tr("AI can do"), pointsHeading = tr("Points");
    const int timeWidth = std::max<int>(8, timeHeading.size() + 2);
    const int shareWidth = std::max<int>(11, shareHeading.size() + 2);
    const int pointsWidth = std::max<int>(9, pointsHeading.size() + 2);
    const int titleWidth = lineWidth - 2 - timeWidth - shareWidth - pointsWidth;
    const int labelWidth = lineWidth - 2 - pointsWidth;
    writeHeading(out, tr("Breakdown (the parts add up to the score)"));
    out << "  " << tr("Task").leftJustified(titleWidth) << timeHeading.rightJustified(timeWidth)
        << shareHeading.rightJustified(shareWidth) << pointsHeading.rightJustified(pointsWidth) << '\n';
    for (const BreakdownPart &part : outcome.factorParts) {
        switch (part.kind) {
        case BreakdownPart::Kind::Task: {
            const int i = role.taskIndex(part.taskId);
            out << "  " << elided(part.label, titleWidth - 1).leftJustified(titleWidth)
                << percent(locale, 100 * result.shares[i], 0).rightJustified(timeWidth)
                << percent(locale, 100 * role.tasks[i].labels.automation, 0).rightJustified(shareWidth)
                << number(part.shown).rightJustified(pointsWidth) << '\n';
            break;
        }
        case BreakdownPart::Kind::OtherWork:
            out << "  " << elided(part.label, titleWidth - 1).leftJustified(titleWidth)
                << percent(locale, 100 * result.otherShare, 0).rightJustified(timeWidth)
                << percent(locale, 0, 0).rightJustified(shareWidth)
                << number(part.shown).rightJustified(pointsWidth) << '\n';
            break;
        default:
            out << "  " << elided(part.label, labelWidth - 1).leftJustified(labelWidth)
                << signedNumber(part.shown).rightJustified(pointsWidth) << '\n';
            break;
        }
    }
    out << "  " << tr("Risk score").leftJustified(labelWidth)
        << number(outcome.shownRisk).rightJustified(pointsWidth) << '\n';

    writeHeading(out, tr("Among your peers"));
    writeWrapped(out,
        tr("%1 of %2 modelled peers are safer than you (your percentile: %3).")
            .arg(percent(locale, outcome.peersSafer), locale.toString(outcome.peerCount),
                number(outcome.peerPercentile)));
    writeWrapped(out, outcome.peerNote);
    const QList<int> &histogram = outcome.peerHistogram;
    const int highest = histogram.isEmpty() ? 0 : *std::max_element(histogram.begin(), histogram.end());
    const int width = histogram.isEmpty() ? 100 : 100 / int(histogram.size());
    for (qsizetype b = 0; b < histogram.size(); ++b) {
        const bool mine
            = result.risk >= b * width && (result.risk < (b + 1) * width || b == histogram.size() - 1);
        out << "  " << QString::number(b * width).rightJustified(3) << '-'
            << QString::number((b + 1) * width).leftJustified(3) << ' '
            << QString(highest > 0 ? histogram[b] * 40 / highest : 0, QChar(0x2588))
            << (mine ? tr("  ◀ you") : QString()) << '\n';
    }

    writeHeading(out, tr("Your skills (most exposed first)"));
    for (const SkillResilience &entry : outcome.skills) {
        const Skill *skill = role.skill(entry.skillId);
        const QString name = skill ? skill->name.in(lang) : entry.skillId;
        out << "  " << elided(name, 38).leftJustified(38) << ' ' << bar(entry.resilience) << ' '
            << locale.toString(entry.resilience, 'f', 0)
            << (entry.practised ? QString() : tr(" (not in your week)")) << '\n';
    }
    if (!outcome.ref.isRole()) {
        out << '\n';
        writeWrapped(out, tr("Task titles are the original O*NET statements, in English."));
    }
}

} // namespace outpace
