#include "catalog/CatalogValidator.h"

#include "common/OnetCode.h"

#include <QRegularExpression>
#include <QSet>

namespace outpace {

namespace {

constexpr int minimumTasks = 10;
constexpr int minimumSkills = 4;
constexpr int minimumTools = 3;
constexpr int phaseCount = 3;
constexpr int stepsPerPhase = 4;
constexpr int quickActionCount = 4;

// Collects "file: role: field: problem" lines for one role.
class RoleProblems
{
public:
    RoleProblems(QStringList *errors, QString file, QString roleId)
        : m_errors(errors)
        , m_prefix(file + QStringLiteral(": ") + roleId)
    { }
    void add(const QString &field, const QString &problem)
    {
        *m_errors << QStringLiteral("%1: %2: %3").arg(m_prefix, field, problem);
    }

private:
    QStringList *m_errors;
    QString m_prefix;
};

void checkUnique(RoleProblems &problems, const QString &field, const QStringList &ids)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (seen.contains(ids[i]))
            problems.add(field + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                CatalogValidator::tr("id \"%1\" is used twice in this role").arg(ids[i]));
        seen.insert(ids[i]);
    }
}

void checkRole(const Catalog &catalog, const Role &role, RoleProblems &problems)
{
    if (!catalog.sector(role.sectorId))
        problems.add(
            QStringLiteral("sector"), CatalogValidator::tr("unknown sector \"%1\"").arg(role.sectorId));

    QStringList taskIds, skillIds, phaseAndStepIds, actionIds;
    for (const RoleTask &task : role.tasks)
        taskIds << task.id;
    for (const Skill &skill : role.skills)
        skillIds << skill.id;
    checkUnique(problems, QStringLiteral("tasks"), taskIds);
    checkUnique(problems, QStringLiteral("skills"), skillIds);

    if (role.tasks.size() < minimumTasks)
        problems.add(QStringLiteral("tasks"),
            CatalogValidator::tr("%1 tasks; expected at least %2").arg(role.tasks.size()).arg(minimumTasks));
    if (role.skills.size() < minimumSkills)
        problems.add(QStringLiteral("skills"),
            CatalogValidator::tr("%1 skills; expected at least %2")
                .arg(role.skills.size())
                .arg(minimumSkills));
    if (role.tools.size() < minimumTools)
        problems.add(QStringLiteral("tools"),
            CatalogValidator::tr("%1 tools; expected at least %2").arg(role.tools.size()).arg(minimumTools));

    QSet<QString> usedSkills;
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        for (const QString &skillId : role.tasks[i].skillIds) {
            if (!skillIds.contains(skillId))
                problems.add(QStringLiteral("tasks[%1].skills").arg(i),
                    CatalogValidator::tr("unknown skill \"%1\"").arg(skillId));
            usedSkills.insert(skillId);
        }
    }
    for (qsizetype i = 0; i < role.skills.size(); ++i) {
        if (!usedSkills.contains(role.skills[i].id))
            problems.add(QStringLiteral("skills[%1]").arg(i),
                CatalogValidator::tr("skill \"%1\" is used by no task").arg(role.skills[i].id));
    }

    QStringList toolIds;
    for (qsizetype i = 0; i < role.tools.size(); ++i) {
        const RoleTool &tool = role.tools[i];
        toolIds << tool.toolId;
        if (!catalog.tool(tool.toolId))
            problems.add(QStringLiteral("tools[%1].tool").arg(i),
                CatalogValidator::tr("unknown AI tool \"%1\"").arg(tool.toolId));
        for (const QString &taskId : tool.taskIds) {
            if (!taskIds.contains(taskId))
                problems.add(QStringLiteral("tools[%1].tasks").arg(i),
                    CatalogValidator::tr("unknown task \"%1\"").arg(taskId));
        }
    }
    checkUnique(problems, QStringLiteral("tools"), toolIds);

    if (role.roadmap.size() != phaseCount)
        problems.add(QStringLiteral("roadmap"),
            CatalogValidator::tr("%1 phases; expected %2").arg(role.roadmap.size()).arg(phaseCount));
    for (qsizetype i = 0; i < role.roadmap.size(); ++i) {
        const RoadmapPhase &phase = role.roadmap[i];
        phaseAndStepIds << phase.id;
        if (phase.steps.size() != stepsPerPhase)
            problems.add(QStringLiteral("roadmap[%1].steps").arg(i),
                CatalogValidator::tr("%1 steps; expected %2").arg(phase.steps.size()).arg(stepsPerPhase));
        for (const RoadmapStep &step : phase.steps)
            phaseAndStepIds << step.id;
    }
    checkUnique(problems, QStringLiteral("roadmap"), phaseAndStepIds);

    if (role.quickActions.size() != quickActionCount)
        problems.add(QStringLiteral("quickActions"),
            CatalogValidator::tr("%1 quick actions; expected %2")
                .arg(role.quickActions.size())
                .arg(quickActionCount));
    for (const QuickAction &action : role.quickActions)
        actionIds << action.id;
    checkUnique(problems, QStringLiteral("quickActions"), actionIds);

    for (qsizetype i = 0; i < role.similar.size(); ++i) {
        const QString &similar = role.similar[i];
        if (similar == role.id)
            problems.add(QStringLiteral("similar[%1]").arg(i),
                CatalogValidator::tr("a role cannot be similar to itself"));
        else if (!catalog.role(similar) && !OnetCode::isOnetSocCode(similar))
            problems.add(QStringLiteral("similar[%1]").arg(i),
                CatalogValidator::tr("\"%1\" is neither a role of the catalog nor an O*NET-SOC code")
                    .arg(similar));
    }
}

} // namespace

QStringList CatalogValidator::crossReferenceErrors(
    const Catalog &catalog, const QStringList &toolFiles, const QStringList &roleFiles)
{
    QStringList errors;
    for (qsizetype i = 0; i < catalog.tools().size(); ++i) {
        const AiTool &tool = catalog.tools()[i];
        const QString file = i < toolFiles.size() ? toolFiles[i] : tool.id;
        if (!catalog.category(tool.categoryId))
            errors << tr("%1: category: unknown category \"%2\"").arg(file, tool.categoryId);
        for (const QString &reach : tool.reachIds) {
            if (!catalog.reach(reach))
                errors << tr("%1: reaches: unknown kind of work \"%2\"").arg(file, reach);
        }
    }
    for (qsizetype i = 0; i < catalog.roles().size(); ++i) {
        const Role &role = catalog.roles()[i];
        RoleProblems problems(&errors, i < roleFiles.size() ? roleFiles[i] : role.id, role.id);
        checkRole(catalog, role, problems);
    }
    return errors;
}

} // namespace outpace
