#include "catalog/Catalog.h"

namespace outpace {

namespace {

const NamedItem *findNamed(const QList<NamedItem> &items, QStringView id)
{
    for (const NamedItem &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

Catalog::Catalog(QList<NamedItem> sectors, QList<NamedItem> categories, QList<NamedItem> reaches,
    QList<AiTool> tools, QList<Role> roles)
    : m_sectors(std::move(sectors))
    , m_categories(std::move(categories))
    , m_reaches(std::move(reaches))
    , m_tools(std::move(tools))
    , m_roles(std::move(roles))
{
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        m_roleIndex.insert(m_roles[i].id, i);
    for (qsizetype i = 0; i < m_tools.size(); ++i)
        m_toolIndex.insert(m_tools[i].id, i);
}

const Role *Catalog::role(QStringView id) const
{
    const auto it = m_roleIndex.constFind(id.toString());
    return it == m_roleIndex.cend() ? nullptr : &m_roles[*it];
}

const AiTool *Catalog::tool(QStringView id) const
{
    const auto it = m_toolIndex.constFind(id.toString());
    return it == m_toolIndex.cend() ? nullptr : &m_tools[*it];
}

const NamedItem *Catalog::sector(QStringView id) const
{
    return findNamed(m_sectors, id);
}

const NamedItem *Catalog::category(QStringView id) const
{
    return findNamed(m_categories, id);
}

const NamedItem *Catalog::reach(QStringView id) const
{
    return findNamed(m_reaches, id);
}

QList<const Role *> Catalog::rolesUsingTool(QStringView toolId) const
{
    QList<const Role *> found;
    for (const Role &role : m_roles) {
        for (const RoleTool &tool : role.tools) {
            if (tool.toolId == toolId) {
                found << &role;
                break;
            }
        }
    }
    return found;
}

void Catalog::labelTasks(const std::function<TaskLabels(const RoleTask &)> &labelsOf)
{
    for (Role &role : m_roles) {
        for (RoleTask &task : role.tasks)
            task.labels = labelsOf(task);
    }
}

} // namespace outpace
