#include "research/OccupationRoleBuilder.h"

#include "research/Occupation.h"
#include "research/OccupationTable.h"
#include "research/ResearchStore.h"
#include "scoring/ScoringModel.h"

namespace outpace {

namespace {

QString lowerFirst(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Titles such as "Chief Executives" read as "chief executives" inside a sentence; codes stay as written.
    return text.left(1).toLower() + text.mid(1);
}

} // namespace

OccupationRole OccupationRoleBuilder::build(const QList<LabelSetTask> &tasks, const Occupation *figures,
    const QStringList &similarCodes, const ScoringModel &model)
{
    OccupationRole result;
    Role &role = result.role;
    const QString code
        = figures ? figures->code : (tasks.isEmpty() ? QString() : tasks.first().occupationCode);
    const QString englishTitle
        = tasks.isEmpty() ? (figures ? figures->title.en : QString()) : tasks.first().occupationTitle;
    role.id = code;
    role.title = figures ? figures->title : LocalizedText{englishTitle, englishTitle};
    role.plural = {lowerFirst(role.title.en), lowerFirst(role.title.fr)};
    role.onetCodes = {code};
    if (figures && figures->medianWage)
        role.market.medianWageUsd = *figures->medianWage;
    role.similar = similarCodes;

    role.tasks.reserve(tasks.size());
    for (const LabelSetTask &task : tasks) {
        RoleTask roleTask;
        roleTask.id = taskIdOf(task.taskId);
        // An untyped O*NET task weighs 1 in the paper, like a supplemental one.
        roleTask.type = task.type == TaskType::Core ? TaskType::Core : TaskType::Supplemental;
        roleTask.title = {task.statement, task.statement};
        OnetTaskLink link;
        link.occupationCode = task.occupationCode;
        link.taskId = task.taskId;
        link.type = task.type;
        link.gpt4Exposure = modelExposureKey(task.gpt4Exposure);
        link.humanExposure = modelExposureKey(task.humanExposure);
        link.automation = automationText(task.automation);
        roleTask.labels = modelLabelsOf(task, model);
        roleTask.links = {link};
        role.tasks.append(std::move(roleTask));
    }
    return result;
}

Result<std::optional<OccupationRole>> OccupationRoleBuilder::load(
    const ResearchStore &store, const OccupationTable &table, const QString &code, const ScoringModel &model)
{
    const Occupation *figures = table.occupation(code);
    const Result<QList<LabelSetTask>> tasks = store.tasksOf(figures ? figures->code : code);
    if (!tasks)
        return Result<std::optional<OccupationRole>>::failure(tasks.errors());
    if (tasks->isEmpty())
        return std::optional<OccupationRole>();
    QStringList similar;
    if (figures) {
        for (const Occupation *other : table.similarOccupations(figures->code))
            similar << other->code;
    }
    return std::optional<OccupationRole>(build(tasks.value(), figures, similar, model));
}

} // namespace outpace
