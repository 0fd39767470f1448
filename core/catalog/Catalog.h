#pragma once
// The validated built-in catalog: roles, AI tools, sectors. Immutable once loaded; lookups by id.

#include "catalog/Role.h"

#include <QHash>
#include <QList>

#include <functional>

namespace outpace {

class Catalog
{
public:
    Catalog() = default;
    Catalog(QList<NamedItem> sectors, QList<NamedItem> categories, QList<NamedItem> reaches,
        QList<AiTool> tools, QList<Role> roles);

    const QList<Role> &roles() const { return m_roles; }
    const QList<AiTool> &tools() const { return m_tools; }
    const QList<NamedItem> &sectors() const { return m_sectors; }
    const QList<NamedItem> &categories() const { return m_categories; }
    const QList<NamedItem> &reaches() const { return m_reaches; }

    const Role *role(QStringView id) const;
    const AiTool *tool(QStringView id) const;
    const NamedItem *sector(QStringView id) const;
    const NamedItem *category(QStringView id) const;
    const NamedItem *reach(QStringView id) const;
    // The roles in which a tool appears, in catalog order.
    QList<const Role *> rolesUsingTool(QStringView toolId) const;

    // Gives every task its numeric labels; the scoring layer owns the rule (TaskLabelling), the catalog
    // only offers its tasks to it once, right after loading.
    void labelTasks(const std::function<TaskLabels(const RoleTask &)> &labelsOf);

private:
    QList<NamedItem> m_sectors;
    QList<NamedItem> m_categories;
    QList<NamedItem> m_reaches;
    QList<AiTool> m_tools;
    QList<Role> m_roles;
    QHash<QString, qsizetype> m_roleIndex;
    QHash<QString, qsizetype> m_toolIndex;
};

} // namespace outpace
