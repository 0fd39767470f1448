#pragma once
// Qt Core item models over the workspace, for any view (the desktop app binds them; tests check them with
// QAbstractItemModelTester). Each follows the workspace's signals, so a view never shows stale data.

#include "workspace/Workspace.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>
#include <QAbstractTableModel>

namespace outpace {

// Item data roles shared by the models below.
enum WorkspaceRole {
    RefKindRole = Qt::UserRole + 1, // RoleRef::Kind as int
    RefIdRole,                      // role id or O*NET-SOC code
    SectorIdRole,
    SectorNameRole,
    CodeRole,
    AutomationRole, // double 0..100, when known
    ExposureRole,   // double 0..100, when known
    IdRole,         // the row's own id (task, tool, step…)
    SortKeyRole,
};

// Every curated role, grouped by sector (sector order of the catalog, then title).
class RoleListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit RoleListModel(const Workspace &workspace, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setLanguage(Language language);

private:
    struct Row
    {
        const Role *role;
        double automation;
    };
    const Workspace &m_workspace;
    Language m_language = Language::English;
    QList<Row> m_rows;
};

// The matches of a query over curated roles and every occupation, best first.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SearchResultsModel(const Workspace &workspace, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void setLanguage(Language language);
    void setQuery(const QString &query);
    QString query() const { return m_query; }
    // Restricts curated roles to one sector; empty: every sector (occupations are always shown).
    void setSectorFilter(const QString &sectorId);
    RoleRef refAt(int row) const;

private:
    void refresh();
    const Workspace &m_workspace;
    Language m_language = Language::English;
    QString m_query;
    QString m_sector;
    QList<SearchMatch> m_matches;
};

// The AI tools of the catalog, or of one role when set.
class AiToolsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VendorColumn, CategoryColumn, DescriptionColumn, ColumnCount };
    explicit AiToolsModel(const Workspace &workspace, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setLanguage(Language language);
    void setRole(const QString &roleId); // empty: every tool

private:
    void refresh();
    const Workspace &m_workspace;
    Language m_language = Language::English;
    QString m_roleId;
    QList<const AiTool *> m_tools;
};

// The audit's answers being edited: hours on each task and on other work (share shown beside, always adding
// up to 100 %), each tool's frequency, and the experience level. Emits answersChanged after every edit.
class AuditAnswersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TaskColumn, HoursColumn, ShareColumn, ColumnCount };
    explicit AuditAnswersModel(QObject *parent = nullptr);

    // Starts from these answers for this role (the last row is "other work").
    void reset(const ScorableRole &role, const AuditAnswers &answers, Language language);
    const AuditAnswers &answers() const { return m_answers; }
    const ScorableRole &role() const { return m_role; }
    int otherWorkRow() const { return int(m_answers.taskHours.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Hours a week on one row; refused (false) when negative, not finite or beyond the week's hours.
    bool setHours(int row, double hours);
    // Moves hours from one row to another (what-if), keeping the total.
    bool moveHours(int fromRow, int toRow, double hours);
    void setToolFrequency(const QString &toolId, ToolFrequency frequency);
    void setExperience(Experience level);

    // The tools of the role first, in the role's order, then every other tool of the catalog.
    static QStringList toolOrder(const Role &role, const Catalog &catalog);

signals:
    void answersChanged();

private:
    ScorableRole m_role;
    AuditAnswers m_answers;
    Language m_language = Language::English;
};

// A plan's roadmap: phases at the top level, their steps below, with status, note and target week.
// Editing a step here saves it through the workspace.
class RoadmapStepsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, StatusColumn, NoteColumn, TargetWeekColumn, ColumnCount };
    explicit RoadmapStepsModel(Workspace &workspace, QObject *parent = nullptr);
    void setPlan(const Plan &plan, Language language);
    std::optional<Plan> plan() const { return m_plan; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The last error of an edit the workspace refused, for the view to show.
    QString lastError() const { return m_lastError; }

private:
    void refresh();
    Workspace &m_workspace;
    std::optional<Plan> m_plan;
    Language m_language = Language::English;
    QList<TrackerPhase> m_phases;
    QString m_lastError;
};

// The weekly check-ins of a plan, newest week first.
class CheckInsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WeekColumn, HoursColumn, StepsColumn, ReflectionColumn, ColumnCount };
    explicit CheckInsModel(Workspace &workspace, QObject *parent = nullptr);
    void setPlan(const Plan &plan, Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    Workspace &m_workspace;
    std::optional<Plan> m_plan;
    Language m_language = Language::English;
    QList<CheckIn> m_checkIns;
};

// The saved audits of the current profile, oldest first: when, which role, the score.
class ScoreHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TakenColumn, RoleColumn, RiskColumn, ColumnCount };
    enum { AuditIdRole = SortKeyRole + 1, RiskValueRole, TakenAtRole };
    explicit ScoreHistoryModel(Workspace &workspace, QObject *parent = nullptr);
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const QList<AuditRecord> &audits() const { return m_audits; }

private:
    void refresh();
    Workspace &m_workspace;
    Language m_language = Language::English;
    QList<AuditRecord> m_audits;
};

} // namespace outpace
