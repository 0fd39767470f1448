#include "ResultSection.h"

#include "PortraitSection.h"
#include "ReportCharts.h"

#include "workspace/DisplayNames.h"

namespace outpace {

void ResultSection::compose(ReportComposer &composer, const ReportContent &content)
{
    if (!content.audit)
        return;
    const AuditOutcome &outcome = *content.audit;
    const ReportFormat &format = composer.format();
    const RiskResult &result = outcome.result;
    composer.pageBreak();
    composer.heading1(
        content.auditIsDefault ? tr("Result at the role's default answers") : tr("Your result"));
    if (content.auditIsDefault)
        composer.paragraph(
            tr("No audit was given, so this is the score of the role's typical week: its time split, "
               "mid-level experience and no AI tools. Take the audit in Outpace for your own."),
            ReportStyle::Text::Small, ReportStyle::muted());
    PortraitSection::figures(composer,
        {{tr("Personal risk score"), format.number(outcome.shownRisk, 1) + QStringLiteral(" / 100")},
            {tr("Exposure of your week"), format.percent(result.personalExposure)},
            {tr("Automation of your week"), format.percent(result.personalAutomation)},
            {tr("Modelled peers safer than you"), format.percent(outcome.peersSafer)}});
    composer.paragraph(
        tr("Horizon: %1 years (a framing, not a forecast). Experience: %2; AI fluency: %3.")
            .arg(DisplayNames::yearsRange(outcome.horizonBand, outcome.language),
                DisplayNames::experience(outcome.answers.experience), format.number(result.fluency, 2)));
    if (!outcome.legend.isEmpty()) {
        composer.heading3(tr("What the figures mean"));
        for (const QString &line : outcome.legend)
            composer.bullet(line, 0, ReportStyle::Text::Small);
    }
    breakdown(composer, content);
    peers(composer, outcome);
    skills(composer, content);

    QList<const PortraitTool *> toLearn;
    for (const PortraitTool &tool : content.portrait.tools) {
        if (tool.toLearn)
            toLearn << &tool;
    }
    if (!toLearn.isEmpty()) {
        composer.heading2(tr("What to learn first"));
        for (const PortraitTool *tool : toLearn) {
            const QString lead = tool->name + format.colon();
            composer.bullet(lead + tool->why, int(lead.size()));
        }
    }
}

void ResultSection::breakdown(ReportComposer &composer, const ReportContent &content)
{
    const AuditOutcome &outcome = *content.audit;
    const ReportFormat &format = composer.format();
    composer.heading2(tr("Where the score comes from"));
    composer.paragraph(
        tr("Each task adds its share of your week times how much of it AI can do, with your experience "
           "and AI fluency applied. The parts add up to the score."),
        ReportStyle::Text::Small, ReportStyle::muted());
    auto colourOf = [&](const BreakdownPart &part) {
        if (part.kind == BreakdownPart::Kind::Task) {
            for (const PortraitTask &task : content.portrait.tasks) {
                if (task.id == part.taskId)
                    return ReportStyle::battlefield(task.battlefield);
            }
        }
        if (part.kind == BreakdownPart::Kind::OtherWork)
            return ReportStyle::battlefield(Battlefield::SafeForNow);
        return ReportStyle::neutral();
    };
    auto signedNumber = [&](double value) {
        return (value > 0 ? QStringLiteral("+") : QString()) + format.number(value, 1);
    };
    // A waterfall: each bar starts where the previous one ended and the last ends at the score.
    QList<ReportCharts::Bar> bars;
    double running = 0;
    for (const BreakdownPart &part : outcome.taskParts) {
        bars.append({part.label, running, running + part.shown, signedNumber(part.shown), colourOf(part)});
        running += part.shown;
    }
    bars.append({tr("Personal risk score"), 0, outcome.shownRisk, format.number(outcome.shownRisk, 1),
        ReportStyle::ink(), true});
    ReportCharts::bars(composer, bars, tr("Points"));

    composer.heading3(tr("Before and after your experience and AI fluency"));
    ReportTable table;
    table.columns = {{tr("Part"), 6}, {tr("Points"), 1.2, Qt::AlignRight}};
    for (const BreakdownPart &part : outcome.factorParts) {
        const bool factor
            = part.kind != BreakdownPart::Kind::Task && part.kind != BreakdownPart::Kind::OtherWork;
        table.rows.append({{part.label, factor ? signedNumber(part.shown) : format.number(part.shown, 1)},
            colourOf(part), false, factor});
    }
    table.rows.append({{tr("Personal risk score"), format.number(outcome.shownRisk, 1)}, {}, true, false});
    composer.table(table);
}

void ResultSection::peers(ReportComposer &composer, const AuditOutcome &outcome)
{
    const ReportFormat &format = composer.format();
    composer.heading2(tr("Among your peers"));
    composer.paragraph(
        tr("%1 of %2 modelled peers are safer than you (your percentile: %3).")
            .arg(format.percent(outcome.peersSafer), format.locale().toString(outcome.peerCount),
                format.number(outcome.peerPercentile, 1)));
    composer.paragraph(outcome.peerNote, ReportStyle::Text::Small, ReportStyle::muted());
    if (outcome.usesNoTools && outcome.scoreWithTypicalTools)
        composer.paragraph(
            tr("You use no AI tool while most modelled peers do: with the role's tools used as often "
               "as by a typical peer, your score would be %1.")
                .arg(format.number(*outcome.scoreWithTypicalTools, 1)),
            ReportStyle::Text::Small, ReportStyle::muted());
    QList<ReportCharts::Bin> bins;
    const qsizetype count = outcome.peerHistogram.size();
    for (qsizetype i = 0; i < count; ++i)
        bins.append({100.0 * i / count, 100.0 * (i + 1) / count, double(outcome.peerHistogram[i])});
    ReportCharts::histogram(composer, bins, outcome.result.risk,
        tr("You: %1").arg(format.number(outcome.shownRisk, 1)), tr("Personal risk score"),
        tr("Modelled peers"));
}

void ResultSection::skills(ReportComposer &composer, const ReportContent &content)
{
    const AuditOutcome &outcome = *content.audit;
    if (outcome.skills.isEmpty())
        return;
    const ReportFormat &format = composer.format();
    composer.heading2(tr("Your skills"));
    composer.paragraph(
        tr("Resilience of each skill over your own week, most exposed first; higher is safer."),
        ReportStyle::Text::Small, ReportStyle::muted());
    QList<ReportCharts::Bar> bars;
    for (const SkillResilience &entry : outcome.skills) {
        QString name = entry.skillId;
        for (const PortraitSkill &skill : content.portrait.skills) {
            if (skill.id == entry.skillId)
                name = skill.name;
        }
        if (!entry.practised)
            name = tr("%1 (not in your week)").arg(name);
        bars.append({name, 0, entry.resilience, format.number(entry.resilience, 0),
            entry.practised ? ReportStyle::accent() : ReportStyle::neutral()});
    }
    ReportCharts::bars(composer, bars, tr("Resilience"));
}

} // namespace outpace
