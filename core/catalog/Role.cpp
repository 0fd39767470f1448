#include "catalog/Role.h"

namespace outpace {

QString experienceKey(Experience level)
{
    switch (level) {
    case Experience::Junior:
        return QStringLiteral("junior");
    case Experience::Mid:
        return QStringLiteral("mid");
    case Experience::Senior:
        return QStringLiteral("senior");
    case Experience::Lead:
        return QStringLiteral("lead");
    }
    return {};
}

bool experienceFromKey(QStringView key, Experience *level)
{
    for (Experience candidate : allExperienceLevels) {
        if (key == experienceKey(candidate)) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

TaskType typeFromLinks(const QList<OnetTaskLink> &links)
{
    qsizetype core = 0;
    for (const OnetTaskLink &link : links)
        core += link.type == TaskType::Core ? 1 : 0;
    return 2 * core >= links.size() ? TaskType::Core : TaskType::Supplemental;
}

QString taskTypeKey(TaskType type)
{
    switch (type) {
    case TaskType::Core:
        return QStringLiteral("core");
    case TaskType::Supplemental:
        return QStringLiteral("supplemental");
    case TaskType::Unspecified:
        break;
    }
    return QStringLiteral("unspecified");
}

QString onetTypeText(TaskType type)
{
    switch (type) {
    case TaskType::Core:
        return QStringLiteral("Core");
    case TaskType::Supplemental:
        return QStringLiteral("Supplemental");
    case TaskType::Unspecified:
        break;
    }
    return QString();
}

std::optional<TaskType> taskTypeFromOnetText(QStringView text)
{
    if (text.isEmpty())
        return TaskType::Unspecified;
    if (text == u"Core")
        return TaskType::Core;
    if (text == u"Supplemental")
        return TaskType::Supplemental;
    return std::nullopt;
}

const RoleTask *Role::task(QStringView taskId) const
{
    const int index = taskIndex(taskId);
    return index < 0 ? nullptr : &tasks[index];
}

int Role::taskIndex(QStringView taskId) const
{
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks[i].id == taskId)
            return i;
    }
    return -1;
}

const Skill *Role::skill(QStringView skillId) const
{
    for (const Skill &s : skills) {
        if (s.id == skillId)
            return &s;
    }
    return nullptr;
}

QStringList Role::stepIds() const
{
    QStringList ids;
    for (const RoadmapPhase &phase : roadmap) {
        for (const RoadmapStep &step : phase.steps)
            ids << step.id;
    }
    return ids;
}

} // namespace outpace
