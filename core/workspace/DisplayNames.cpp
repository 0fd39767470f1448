#include "workspace/DisplayNames.h"

#include "personal/PersonalStore.h"

namespace outpace {

QString DisplayNames::battlefield(Battlefield battlefield)
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

QString DisplayNames::lens(Lens lens)
{
    return lens == Lens::Gpt4 ? tr("GPT-4") : tr("human annotators");
}

QString DisplayNames::experience(Experience level)
{
    switch (level) {
    case Experience::Junior:
        return tr("junior");
    case Experience::Mid:
        return tr("mid-level");
    case Experience::Senior:
        return tr("senior");
    case Experience::Lead:
        return tr("lead");
    }
    return {};
}

QString DisplayNames::toolFrequency(ToolFrequency frequency)
{
    switch (frequency) {
    case ToolFrequency::Never:
        return tr("never");
    case ToolFrequency::Monthly:
        return tr("monthly");
    case ToolFrequency::Weekly:
        return tr("weekly");
    case ToolFrequency::Daily:
        return tr("daily");
    }
    return {};
}

QString DisplayNames::stepStatus(StepStatus status)
{
    switch (status) {
    case StepStatus::Todo:
        return tr("to do");
    case StepStatus::Doing:
        return tr("in progress");
    case StepStatus::Done:
        return tr("done");
    }
    return {};
}

QString DisplayNames::taskType(TaskType type)
{
    switch (type) {
    case TaskType::Core:
        return tr("core");
    case TaskType::Supplemental:
        return tr("supplemental");
    case TaskType::Unspecified:
        break;
    }
    return tr("untyped");
}

QString DisplayNames::labelName(const QString &label)
{
    if (label == QLatin1String("gpt4"))
        return tr("exposure (GPT-4)");
    if (label == QLatin1String("human"))
        return tr("exposure (human annotators)");
    if (label == QLatin1String("automation"))
        return tr("automation level");
    return tr("task type");
}

QString DisplayNames::yearsRange(const QString &band, Language language)
{
    const bool french = language == Language::French;
    if (band.endsWith(QLatin1Char('+')))
        return french ? QStringLiteral("plus de ") + band.chopped(1) : band;
    const QStringList ends = band.split(QLatin1Char('-'));
    if (ends.size() != 2)
        return band;
    return french ? QStringLiteral("de %1 à %2").arg(ends[0], ends[1])
                  : QStringLiteral("%1\u2013%2").arg(ends[0], ends[1]);
}

QList<SourceCredit> DisplayNames::sources()
{
    return {
        {tr("Task exposure and automation labels"),
            QStringLiteral(
                "Eloundou, Manning, Mishkin, Rock (2023), “GPTs are GPTs: An Early Look at the Labor "
                "Market Impact Potential of Large Language Models”"),
            tr("MIT licence")},
        {tr("Occupations and task statements"),
            QStringLiteral("O*NET, U.S. Department of Labor, Employment and Training Administration"),
            QStringLiteral("CC BY 4.0")},
        {tr("Employment and wages"),
            QStringLiteral(
                "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021"),
            tr("public domain")},
        {tr("AI applicability"),
            QStringLiteral("Tomlinson, Jaffe, Wang, Counts, Suri (2025), “Working with AI: Measuring the "
                           "Occupational Implications of Generative AI” (Microsoft)"),
            QStringLiteral("CC BY 4.0")},
        {tr("Experience factor"),
            QStringLiteral("Brynjolfsson, Chandar, Chen (2025), “Canaries in the Coal Mine”"),
            tr("cited figures")},
        {tr("AI-fluency factor"), QStringLiteral("PwC (2024), “Global AI Jobs Barometer”; Lightcast (2024)"),
            tr("cited figures")},
        {tr("Developer AI-tool adoption"), QStringLiteral("Stack Overflow Developer Survey 2024"),
            tr("cited figures")},
    };
}

QString DisplayNames::sourcesParagraph(const QString &modelVersion)
{
    QStringList parts;
    for (const SourceCredit &source : sources())
        parts << tr("%1: %2 (%3)").arg(source.what, source.citation, source.licence);
    return tr("%1. Scoring model version %2.").arg(parts.join(QStringLiteral("; ")), modelVersion);
}

QString DisplayNames::profileName(const Profile &profile)
{
    return profile.name == PersonalStore::firstProfileName() ? QString() : profile.name;
}

} // namespace outpace
