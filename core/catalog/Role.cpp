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
        core += link.onetType == QLatin1String("Core") ? 1 : 0;
    return 2 * core >= links.size() ? TaskType::Core : TaskType::Supplemental;
}

QString taskTypeKey(TaskType type)
{
    return type == TaskType::Core ? QStringLiteral("core") : QStringLiteral("supplemental");
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
