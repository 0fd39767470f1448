#include "workspace/RoleFaq.h"

#include "workspace/DisplayNames.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace outpace {

namespace {

QString listInProse(const QStringList &items, Language language)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    const QString last = items.last();
    const QString rest = QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", "));
    return language == Language::French ? rest + QStringLiteral(" et ") + last
                                        : rest + QStringLiteral(" and ") + last;
}

QString lowerFirst(QString text)
{
    if (text.size() > 1 && text[0].isUpper() && !text[1].isUpper())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

QList<FaqAnswer> RoleFaq::answers(
    const Role &role, const Catalog &catalog, const RiskScorer &scorer, Language language)
{
    const RoleBaseline baseline = scorer.baseline(role);
    const QString plural = role.plural.in(language);
    const QLocale locale = localeOf(language);
    QList<FaqAnswer> list;

    list << FaqAnswer{tr("Will AI replace %1 completely?").arg(plural), role.verdict.in(language)};

    // Most exposed first: by automation, then exposure.
    QList<int> order(role.tasks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const TaskLabels &la = role.tasks[a].labels;
        const TaskLabels &lb = role.tasks[b].labels;
        if (la.automation != lb.automation)
            return la.automation > lb.automation;
        return la.gpt4Exposure > lb.gpt4Exposure;
    });
    QStringList atRisk;
    int automatedCount = 0;
    for (int index : order) {
        if (baseline.battlefield[index] == Battlefield::AutomatedAlready)
            ++automatedCount;
        if (atRisk.size() < 3)
            atRisk << lowerFirst(role.tasks[index].title.in(language));
    }
    QString riskAnswer = tr("The tasks most exposed are %1.").arg(listInProse(atRisk, language));
    riskAnswer += QLatin1Char(' ')
        + (automatedCount == 1
                ? tr("One task of this role can already be done by AI with little human input.")
                : tr("%n tasks of this role can already be done by AI with little human input.", nullptr,
                    automatedCount));
    list << FaqAnswer{tr("Which tasks of %1 are most at risk from AI?").arg(plural), riskAnswer};

    const QList<SkillResilience> skills = scorer.skills(role);
    QStringList resilient;
    for (auto it = skills.crbegin(); it != skills.crend() && resilient.size() < 3; ++it) {
        if (const Skill *skill = role.skill(it->skillId))
            resilient << lowerFirst(skill->name.in(language));
    }
    QStringList toLearn;
    for (const RoleTool &tool : role.tools) {
        if (tool.isToLearn()) {
            if (const AiTool *found = catalog.tool(tool.toolId))
                toLearn << found->name;
        }
    }
    QString learnAnswer
        = tr("Lean on the skills that hold up best: %1.").arg(listInProse(resilient, language));
    if (!toLearn.isEmpty())
        learnAnswer += QLatin1Char(' ') + tr("Learn to work with %1.").arg(listInProse(toLearn, language));
    if (!role.roadmap.isEmpty())
        learnAnswer += QLatin1Char(' ')
            + tr("The first phase of the roadmap, \"%1\", is the place to start.")
                  .arg(role.roadmap.first().title.in(language));
    list << FaqAnswer{tr("What should %1 learn to stay relevant?").arg(plural), learnAnswer};

    list << FaqAnswer{tr("How long until AI significantly changes the work of %1?").arg(plural),
        tr("As a framing rather than a forecast, the method gives %1 years: AI could take on about %2% of "
           "the time spent on this role's tasks (its automation potential), and the pace at which tools are "
           "adopted sets the rest.")
            .arg(DisplayNames::yearsRange(baseline.horizonBand, language),
                locale.toString(baseline.automation, 'f', 0))};

    for (const FaqEntry &entry : role.faq)
        list << FaqAnswer{entry.question.in(language), entry.answer.in(language)};
    return list;
}

} // namespace outpace
