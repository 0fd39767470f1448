#include "PortraitPrinter.h"

#include "CliFormat.h"

#include "workspace/DisplayNames.h"

namespace outpace {

using namespace cli;

namespace {

QString listSeparator(Language language)
{
    return language == Language::French ? QStringLiteral("\u00a0; ") : QStringLiteral("; ");
}

QString horizonText(const RolePortrait &portrait)
{
    return PortraitPrinter::tr("%1 years (a framing, not a forecast)")
        .arg(DisplayNames::yearsRange(portrait.horizonBand, portrait.language));
}

} // namespace

void PortraitPrinter::writeText(QTextStream &out, const RolePortrait &portrait)
{
    if (portrait.isRole())
        writeRole(out, portrait);
    else
        writeOccupation(out, portrait);
}

void PortraitPrinter::writeBattlefield(QTextStream &out, const RolePortrait &portrait)
{
    const Language lang = portrait.language;
    const QLocale locale = localeOf(lang);
    writeHeading(out, tr("Task battlefield"));
    writeWrapped(
        out, tr("Exposure labels by %1; automation levels by GPT-4.").arg(DisplayNames::lens(portrait.lens)));
    if (portrait.tasksInOriginalEnglish)
        writeWrapped(out, tr("The tasks below are the original O*NET statements, in English."));
    for (Battlefield group :
        {Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow}) {
        out << '\n' << "  " << DisplayNames::battlefield(group) << " (" << portrait.count(group) << ")\n";
        for (const PortraitTask &task : portrait.tasks) {
            if (task.battlefield != group)
                continue;
            const QString share = tr("AI can do %1").arg(percent(locale, task.aiShare, 0));
            writeWrapped(out,
                task.title + (task.deviation ? QStringLiteral(" *") : QString()) + QStringLiteral("  (")
                    + share + QLatin1Char(')'),
                6, QStringLiteral("- "));
        }
    }
    bool anyDeviation = false;
    for (const PortraitTask &task : portrait.tasks) {
        if (!task.deviation)
            continue;
        if (!anyDeviation)
            out << '\n'
                << "  " << tr("* Where this portrait departs from the research labels, and why:") << '\n';
        anyDeviation = true;
        QStringList changes;
        for (const LabelChange &change : task.deviation->changes)
            changes
                << tr("%1 %2 → %3").arg(DisplayNames::labelName(change.label), change.before, change.after);
        writeWrapped(out,
            task.title + colon(lang) + changes.join(listSeparator(lang)) + QStringLiteral(". ")
                + task.deviation->reason,
            6, QStringLiteral("* "));
    }
}

void PortraitPrinter::writeLegend(QTextStream &out, const RolePortrait &portrait)
{
    writeHeading(out, tr("What the figures mean"));
    for (const QString &line : portrait.legend)
        writeWrapped(out, line, 4, QStringLiteral("- "));
}

void PortraitPrinter::writeRole(QTextStream &out, const RolePortrait &portrait)
{
    const Language lang = portrait.language;
    const QLocale locale = localeOf(lang);
    writeWrapped(out,
        portrait.title + QStringLiteral("  ·  ") + portrait.sector + QStringLiteral("  ·  O*NET ")
            + portrait.onetCodes.join(QStringLiteral(", ")),
        0);
    writeWrapped(out, portrait.summary, 0);
    out << '\n';
    const int labelWidth = 36;
    auto line = [&](const QString &label, const QString &value) {
        out << "  " << label.leftJustified(labelWidth) << value << '\n';
    };
    line(tr("Automation potential"), percent(locale, portrait.automation));
    line(tr("Exposure (GPT-4 labels)"), percent(locale, portrait.exposureGpt4));
    line(tr("Exposure (human labels)"), percent(locale, portrait.exposureHuman));
    line(tr("Horizon"), horizonText(portrait));
    if (portrait.medianWageUsd)
        line(tr("Median wage (BLS, May 2021)"),
            locale.toCurrencyString(qlonglong(*portrait.medianWageUsd), QStringLiteral("$")));
    if (portrait.workersLessExposed)
        writeWrapped(out,
            tr("%1 of workers are in less exposed occupations than this role's exposure of %2.")
                .arg(percent(locale, *portrait.workersLessExposed), percent(locale, portrait.exposure)));
    if (portrait.closestOccupation) {
        const ClosestOccupation &closest = *portrait.closestOccupation;
        writeWrapped(out,
            tr("Its closest O*NET occupation, %1 (%2), has an exposure of %3%4.")
                .arg(closest.title, closest.code, percent(locale, closest.exposure),
                    closest.workersLessExposed
                        ? tr(", above %1 of workers").arg(percent(locale, *closest.workersLessExposed))
                        : QString()));
        writeWrapped(out, portrait.whyRoleAndOccupationDiffer);
    }
    out << '\n';
    writeWrapped(out,
        tr("This is the portrait of the role. Your own risk depends on your tasks, your tools and your "
           "experience, not only on your title: run the audit for a personal score."));
    writeLegend(out, portrait);
    writeBattlefield(out, portrait);

    writeHeading(out, tr("Competitive landscape: AI tools taking over tasks"));
    for (const PortraitTool &tool : portrait.tools) {
        if (!tool.landscape)
            continue;
        out << "  " << tool.name << " (" << tool.vendor << ")\n";
        writeWrapped(out, tool.description, 4);
        if (!tool.taskTitles.isEmpty())
            writeWrapped(out, tr("Reaches: %1").arg(tool.taskTitles.join(listSeparator(lang))), 4);
    }

    writeHeading(out, tr("Skill resilience (higher is safer, most exposed first)"));
    for (const PortraitSkill &skill : portrait.skills)
        out << "  " << elided(skill.name, 38).leftJustified(38) << ' ' << bar(skill.resilience) << ' '
            << locale.toString(skill.resilience, 'f', 0) << '\n';

    writeHeading(out, tr("Deep analysis"));
    writeWrapped(out, portrait.analysis);
    writeHeading(out, tr("Verdict"));
    writeWrapped(out, portrait.verdict);

    writeHeading(out, tr("AI tools to learn"));
    for (const PortraitTool &tool : portrait.tools) {
        if (tool.toLearn)
            writeWrapped(out, tool.name + colon(lang) + tool.why, 4, QStringLiteral("- "));
    }

    writeHeading(out, tr("Market signal"));
    writeWrapped(out, portrait.marketSignal);

    writeHeading(out, tr("Research lenses"));
    for (const LensFigure &figure : portrait.lenses)
        out << "  " << figure.name.leftJustified(labelWidth)
            << (figure.value ? percent(locale, *figure.value) : tr("not measured")) << '\n';
    writeWrapped(out, portrait.lensNote);

    writeHeading(out, tr("Adaptation roadmap"));
    for (qsizetype p = 0; p < portrait.roadmap.size(); ++p) {
        const PortraitPhase &phase = portrait.roadmap[p];
        writeWrapped(out, tr("Phase %1: %2").arg(p + 1).arg(phase.title));
        writeWrapped(out, phase.goal, 4);
        for (const auto &step : phase.steps)
            writeWrapped(out, step.second, 6, QStringLiteral("\u2192 "));
        out << '\n';
    }

    writeHeading(out, tr("Quick actions: start this week"));
    for (const QString &action : portrait.quickActions)
        writeWrapped(out, action, 4, QStringLiteral("- "));

    if (portrait.peerMedianRisk) {
        writeHeading(out, tr("Modelled peers"));
        writeWrapped(out,
            tr("Among modelled %1 (time split, experience and tool use drawn at random around this role's "
               "profile), the median personal risk score is %2. Run the audit to see where you stand.")
                .arg(portrait.plural, locale.toString(*portrait.peerMedianRisk, 'f', 1)));
    }

    writeHeading(out, tr("Questions and answers"));
    for (const FaqAnswer &entry : portrait.faq) {
        writeWrapped(out, entry.question, 2);
        writeWrapped(out, entry.answer, 4);
        out << '\n';
    }

    writeHeading(out, tr("Similar roles"));
    for (const SimilarRole &similar : portrait.similar)
        writeWrapped(out, similar.title + QStringLiteral(" (") + similar.ref.id + QLatin1Char(')'), 4,
            QStringLiteral("- "));

    writeHeading(out, tr("Sources"));
    for (const QString &source : portrait.sources)
        writeWrapped(out, source);
}

void PortraitPrinter::writeOccupation(QTextStream &out, const RolePortrait &portrait)
{
    const Language lang = portrait.language;
    const QLocale locale = localeOf(lang);
    const Occupation &o = *portrait.publishedFigures;
    out << portrait.title << '\n';
    writeWrapped(out,
        (o.taskCount == 1 ? tr("O*NET-SOC %1. An occupation from the research data: its figures are the "
                               "published ones, averaged over its 1 task.")
                          : tr("O*NET-SOC %1. An occupation from the research data: its figures are the "
                               "published ones, averaged over its %n tasks.",
                              nullptr, o.taskCount))
            .arg(o.code),
        0);

    writeHeading(out, tr("Exposure to AI"));
    auto line = [&](const QString &label, double value) {
        out << "  " << label.leftJustified(30) << ' ' << locale.toString(value, 'f', 1).rightJustified(5)
            << "  " << bar(value) << '\n';
    };
    line(tr("GPT-4 exposure"), portrait.exposureGpt4);
    line(tr("Human-annotated exposure"), portrait.exposureHuman);
    line(tr("Automation potential"), portrait.automation);
    out << "  " << tr("Horizon").leftJustified(30) << ' ' << horizonText(portrait) << '\n';
    if (portrait.workersLessExposed)
        out << "  "
            << tr("%1 of workers are in less exposed occupations")
                   .arg(percent(locale, *portrait.workersLessExposed))
            << '\n';
    writeLegend(out, portrait);

    writeHeading(out, tr("Research lenses"));
    out << "  " << QString().leftJustified(24) << QStringLiteral("alpha").rightJustified(8)
        << QStringLiteral("beta").rightJustified(8) << QStringLiteral("gamma").rightJustified(8) << '\n';
    auto lensLine = [&](const QString &label, const ExposureFigures &f) {
        out << "  " << label.leftJustified(24) << locale.toString(100 * f.alpha, 'f', 1).rightJustified(8)
            << locale.toString(100 * f.beta, 'f', 1).rightJustified(8)
            << locale.toString(100 * f.gamma, 'f', 1).rightJustified(8) << '\n';
    };
    lensLine(tr("GPT-4 labels"), o.gpt4);
    lensLine(tr("Human annotators"), o.human);
    writeWrapped(out,
        tr("alpha counts tasks an LLM alone speeds up by half; beta adds half of those needing LLM-powered "
           "software; gamma adds all of them."));
    for (const LensFigure &figure : portrait.lenses) {
        if (figure.key == QLatin1String("applicability"))
            out << "  " << figure.name.leftJustified(30) << ' '
                << (figure.value ? percent(locale, *figure.value) : tr("not measured")) << '\n';
    }
    writeWrapped(out, portrait.lensNote);

    if (!portrait.tasks.isEmpty()) {
        writeBattlefield(out, portrait);
        out << '\n';
        writeWrapped(out,
            tr("Take the audit for this occupation with outpace-cli score %1 --answers FILE.").arg(o.code));
    } else {
        writeHeading(out, tr("Tasks"));
        for (Battlefield group :
            {Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow})
            out << "  " << DisplayNames::battlefield(group) << colon(lang) << portrait.count(group) << '\n';
        writeWrapped(out,
            tr("Import the label set (outpace-cli research import) to see each task and take the audit for "
               "this "
               "occupation."));
    }

    writeHeading(out, tr("Market (SOC %1)").arg(o.socCode));
    out << "  "
        << tr("Employment (BLS, May 2021): %1")
               .arg(o.employment ? locale.toString(*o.employment) : tr("not published"))
        << '\n'
        << "  "
        << tr("Median annual wage: %1")
               .arg(o.medianWageTopCoded ? tr("above the BLS top code")
                       : o.medianWage ? locale.toCurrencyString(double(*o.medianWage), QStringLiteral("$"), 0)
                                      : tr("not published"))
        << '\n';

    if (!portrait.similar.isEmpty()) {
        writeHeading(out, tr("Similar occupations"));
        for (const SimilarRole &similar : portrait.similar) {
            out << "  " << similar.ref.id.leftJustified(18) << ' '
                << elided(similar.title, 60).leftJustified(60) << ' '
                << (similar.exposure ? locale.toString(*similar.exposure, 'f', 1) : QString())
                       .rightJustified(5)
                << '\n';
        }
    }
    writeHeading(out, tr("Sources"));
    for (const QString &source : portrait.sources)
        writeWrapped(out, source);
}

} // namespace outpace
