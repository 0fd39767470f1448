#include "PortraitSection.h"

#include "ReportCharts.h"

#include "workspace/DisplayNames.h"

#include <algorithm>

namespace outpace {

void PortraitSection::figures(ReportComposer &composer, const QList<QPair<QString, QString>> &figures)
{
    const ReportStyle &style = composer.style();
    const qreal gap = style.pt(6);
    const qreal pad = style.pt(6);
    const qreal boxWidth = (composer.width() - gap * (figures.size() - 1)) / figures.size();
    QList<ReportComposer::Text> labels;
    QList<ReportComposer::Text> values;
    qreal labelHeight = 0;
    qreal valueHeight = 0;
    for (const auto &figure : figures) {
        labels << composer.layOut(figure.first, style.font(ReportStyle::Text::Small), boxWidth - 2 * pad);
        values << composer.layOut(figure.second, style.font(ReportStyle::Text::Figure), boxWidth - 2 * pad);
        labelHeight = std::max(labelHeight, labels.last().height);
        valueHeight = std::max(valueHeight, values.last().height);
    }
    const qreal height = pad + labelHeight + style.pt(3) + valueHeight + pad;
    composer.drawing(height, [=](QPainter &painter, QPointF at) {
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QPointF corner = at + QPointF(i * (boxWidth + gap), 0);
            painter.fillRect(QRectF(corner, QSizeF(boxWidth, height)), ReportStyle::shade());
            painter.setPen(ReportStyle::muted());
            labels[i].draw(painter, corner + QPointF(pad, pad));
            painter.setPen(ReportStyle::ink());
            values[i].draw(painter, corner + QPointF(pad, pad + labelHeight + style.pt(3)));
        }
    });
}

void PortraitSection::compose(ReportComposer &composer, const ReportContent &content)
{
    const RolePortrait &portrait = content.portrait;
    const ReportFormat &format = composer.format();
    composer.pageBreak();
    composer.heading1(tr("The role: %1").arg(portrait.title));
    composer.paragraph(portrait.summary);

    QList<QPair<QString, QString>> headline{
        {tr("Automation potential"), format.percent(portrait.automation)},
        {tr("Exposure (%1)").arg(DisplayNames::lens(portrait.lens)), format.percent(portrait.exposure)},
        {tr("Horizon (a framing)"),
            tr("%1 years").arg(DisplayNames::yearsRange(portrait.horizonBand, portrait.language))},
    };
    if (portrait.workersLessExposed)
        headline.append({tr("Workers in less exposed jobs"), format.percent(*portrait.workersLessExposed)});
    figures(composer, headline);
    if (portrait.closestOccupation) {
        const ClosestOccupation &closest = *portrait.closestOccupation;
        composer.paragraph(
            tr("Its closest O*NET occupation, %1 (%2), has an exposure of %3%4.")
                .arg(closest.title, closest.code, format.percent(closest.exposure),
                    closest.workersLessExposed
                        ? tr(", above %1 of workers").arg(format.percent(*closest.workersLessExposed))
                        : QString()));
        composer.paragraph(portrait.whyRoleAndOccupationDiffer);
    }
    if (!portrait.legend.isEmpty()) {
        composer.heading3(tr("What the figures mean"));
        for (const QString &line : portrait.legend)
            composer.bullet(line, 0, ReportStyle::Text::Small);
    }
    battlefield(composer, portrait);
    tools(composer, portrait);
    if (!portrait.skills.isEmpty()) {
        composer.heading2(tr("Skill resilience"));
        composer.paragraph(
            tr("How well each skill of the role holds up, from 0 (every task using it exposed and "
               "automatable) to 100 (none); most exposed first."),
            ReportStyle::Text::Small, ReportStyle::muted());
        QList<ReportCharts::Bar> bars;
        for (const PortraitSkill &skill : portrait.skills)
            bars.append(
                {skill.name, 0, skill.resilience, format.number(skill.resilience, 0), ReportStyle::accent()});
        ReportCharts::bars(composer, bars, tr("Resilience"));
    }
    amongWorkers(composer, portrait);
    writing(composer, portrait);
}

void PortraitSection::battlefield(ReportComposer &composer, const RolePortrait &portrait)
{
    const ReportFormat &format = composer.format();
    composer.heading2(tr("Task battlefield"));
    const QList<Battlefield> classes{
        Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow};
    if (portrait.tasks.isEmpty()) {
        if (!portrait.taskCounts)
            return;
        composer.paragraph(
            tr("The published task counts of this occupation in each class. Import the research "
               "label set to see each task."),
            ReportStyle::Text::Small, ReportStyle::muted());
        ReportTable table;
        table.columns = {{tr("Class"), 3}, {tr("Tasks"), 1, Qt::AlignRight}};
        for (int i = 0; i < 3; ++i)
            table.rows.append(
                {{DisplayNames::battlefield(classes[i]), QString::number((*portrait.taskCounts)[i])},
                    ReportStyle::battlefield(classes[i]), false, false});
        composer.table(table);
        return;
    }
    composer.paragraph(
        tr("Exposure labels by %1; automation levels by GPT-4. \"AI can do\" is how much of the task "
           "an AI system could complete with no person involved.")
            .arg(DisplayNames::lens(portrait.lens)),
        ReportStyle::Text::Small, ReportStyle::muted());
    if (portrait.tasksInOriginalEnglish)
        composer.paragraph(tr("The tasks below are the original O*NET statements, in English."),
            ReportStyle::Text::Small, ReportStyle::muted());
    ReportTable table;
    table.columns = {{tr("Task"), 6}, {tr("AI can do"), 1.3, Qt::AlignRight},
        {tr("Exposure"), 1.3, Qt::AlignRight}, {tr("Share of the week"), 1.3, Qt::AlignRight}};
    for (Battlefield group : classes) {
        table.rows.append(
            {{QStringLiteral("%1 (%2)").arg(DisplayNames::battlefield(group)).arg(portrait.count(group))},
                ReportStyle::battlefield(group), true, true});
        for (const PortraitTask &task : portrait.tasks) {
            if (task.battlefield != group)
                continue;
            table.rows.append({{task.title + (task.deviation ? QStringLiteral(" *") : QString()),
                                   format.percent(task.aiShare, 0), format.percent(task.exposure, 0),
                                   format.percent(100 * task.timeShare, 0)},
                ReportStyle::battlefield(group), false, false});
        }
    }
    composer.table(table);
    bool first = true;
    for (const PortraitTask &task : portrait.tasks) {
        if (!task.deviation)
            continue;
        if (first)
            composer.paragraph(tr("* Where this portrait departs from the research labels, and why:"),
                ReportStyle::Text::Small, ReportStyle::muted());
        first = false;
        QStringList changes;
        for (const LabelChange &change : task.deviation->changes)
            changes
                << tr("%1 %2 → %3").arg(DisplayNames::labelName(change.label), change.before, change.after);
        const QString lead = task.title + format.colon();
        composer.bullet(
            lead + changes.join(format.listSeparator()) + QStringLiteral(". ") + task.deviation->reason,
            int(lead.size()), ReportStyle::Text::Small);
    }
}

void PortraitSection::tools(ReportComposer &composer, const RolePortrait &portrait)
{
    const bool any = std::any_of(portrait.tools.cbegin(), portrait.tools.cend(),
        [](const PortraitTool &tool) { return tool.landscape; });
    if (!any)
        return;
    const ReportFormat &format = composer.format();
    composer.heading2(tr("AI tools moving in"));
    for (const PortraitTool &tool : portrait.tools) {
        if (!tool.landscape)
            continue;
        // A vendor that is the tool's own name is said once.
        const QString name = tool.vendor.isEmpty() || tool.vendor == tool.name
            ? tool.name
            : tr("%1 (%2)").arg(tool.name, tool.vendor);
        const QString lead = name + format.colon();
        QString text = lead + tool.description;
        if (!tool.taskTitles.isEmpty())
            text += QLatin1Char(' ') + tr("Reaches: %1.").arg(tool.taskTitles.join(format.listSeparator()));
        composer.bullet(text, int(lead.size()));
    }
}

void PortraitSection::amongWorkers(ReportComposer &composer, const RolePortrait &portrait)
{
    if (portrait.workerDistribution.isEmpty())
        return;
    const ReportFormat &format = composer.format();
    composer.heading2(tr("Among all workers"));
    if (portrait.workersLessExposed)
        composer.paragraph(
            tr("%1 of workers are in less exposed occupations than this role's exposure of %2.")
                .arg(format.percent(*portrait.workersLessExposed), format.percent(portrait.exposure)));
    QList<ReportCharts::Bin> bins;
    for (const ExposureBand &band : portrait.workerDistribution)
        bins.append({band.from, band.to, band.workerShare});
    ReportCharts::histogram(composer, bins, portrait.exposure,
        tr("This role: %1").arg(format.percent(portrait.exposure)),
        tr("Exposure of the occupation (%1)").arg(DisplayNames::lens(portrait.lens)),
        tr("Share of all workers (BLS employment)"));
}

void PortraitSection::writing(ReportComposer &composer, const RolePortrait &portrait)
{
    const ReportFormat &format = composer.format();
    if (!portrait.analysis.isEmpty()) {
        composer.heading2(tr("Deep analysis"));
        composer.paragraph(portrait.analysis);
    }
    if (!portrait.verdict.isEmpty()) {
        composer.heading2(tr("Verdict"));
        composer.paragraph(portrait.verdict);
    }
    if (!portrait.marketSignal.isEmpty() || portrait.medianWageUsd) {
        composer.heading2(tr("Market signal"));
        composer.paragraph(portrait.marketSignal);
        if (portrait.medianWageUsd)
            composer.paragraph(tr("Median wage (BLS, May 2021): %1%2")
                                   .arg(format.locale().toCurrencyString(
                                            qlonglong(*portrait.medianWageUsd), QStringLiteral("$")),
                                       portrait.medianWageTopCoded ? tr(" or more") : QString()));
    }
    if (!portrait.lenses.isEmpty()) {
        composer.heading2(tr("Research lenses"));
        ReportTable table;
        table.columns = {{tr("Lens"), 3}, {tr("Value"), 1, Qt::AlignRight}, {tr("Source"), 4}};
        for (const LensFigure &lens : portrait.lenses)
            table.rows.append(
                {{lens.name, lens.value ? format.percent(*lens.value) : tr("not measured"), lens.source}, {},
                    false, false});
        composer.table(table);
        composer.paragraph(portrait.lensNote, ReportStyle::Text::Small, ReportStyle::muted());
    }
}

} // namespace outpace
