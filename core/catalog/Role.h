#pragma once
// A curated role as the catalog describes it: plain data, validated by CatalogLoader before anyone sees
// it, so the rest of the program can trust every reference inside.

#include "common/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace outpace {

// How central a task is to its occupation, as O*NET rates it; a curated task is Core or Supplemental, an
// O*NET task may be unrated. The numbers are stored in the research tables (ResearchStore): never reorder.
enum class TaskType : quint8 { Core = 0, Supplemental = 1, Unspecified = 2 };
enum class Experience { Junior, Mid, Senior, Lead };
inline constexpr std::array<Experience, 4> allExperienceLevels
    = {Experience::Junior, Experience::Mid, Experience::Senior, Experience::Lead};
QString experienceKey(Experience level);
bool experienceFromKey(QStringView key, Experience *level);

// The research labels of one O*NET task, copied from the GPTs-are-GPTs label set.
struct OnetTaskLink
{
    QString occupationCode; // O*NET-SOC, e.g. 15-1252.00
    int taskId = 0;
    TaskType type = TaskType::Unspecified; // as the label set rates the task
    QString gpt4Exposure;                  // E0..E2
    QString humanExposure;                 // E0..E2
    QString automation;                    // T0..T4
};

// Where the project deliberately departs from the research label or from the task type its links give,
// and why; the reason has to cite evidence (FORMAT.md).
struct LabelDeviation
{
    std::optional<TaskType> type; // the task's type when it differs from typeFromLinks()
    std::optional<QString> gpt4Exposure;
    std::optional<QString> humanExposure;
    std::optional<QString> automation;
    LocalizedText reason;
};

// Numeric labels of a curated task once its links are merged and any deviation applied.
struct TaskLabels
{
    double gpt4Exposure = 0; // beta, 0..1
    double humanExposure = 0;
    double automation = 0; // a, 0..1
};

struct RoleTask
{
    QString id;
    TaskType type = TaskType::Core;
    LocalizedText title;
    QStringList skillIds;
    QList<OnetTaskLink> links;
    std::optional<LabelDeviation> deviation;
    TaskLabels labels; // filled in by the scoring layer (TaskLabelling) from links and deviation
};

// The type a curated task takes from its O*NET links: core when at least half of them are Core
// (SCORING.md section 1); an untyped O*NET task counts as not Core, as it weighs 1 in the research.
TaskType typeFromLinks(const QList<OnetTaskLink> &links);
QString taskTypeKey(TaskType type); // "core", "supplemental" (catalog files)
// As the label set and O*NET write it: "Core", "Supplemental" or "" for an unrated task.
QString onetTypeText(TaskType type);
std::optional<TaskType> taskTypeFromOnetText(QStringView text);

struct Skill
{
    QString id;
    LocalizedText name;
};

enum class ToolUse { Landscape, Learn, Both };

struct RoleTool
{
    QString toolId;
    ToolUse use = ToolUse::Landscape;
    QStringList taskIds;
    LocalizedText why;

    bool isLandscape() const { return use != ToolUse::Learn; }
    bool isToLearn() const { return use != ToolUse::Landscape; }
};

struct RoadmapStep
{
    QString id;
    LocalizedText text;
};

struct RoadmapPhase
{
    QString id;
    LocalizedText title;
    LocalizedText goal;
    QList<RoadmapStep> steps;
};

struct QuickAction
{
    QString id;
    LocalizedText text;
};

struct FaqEntry
{
    LocalizedText question;
    LocalizedText answer;
};

struct MarketSignal
{
    std::optional<int> medianWageUsd; // BLS OEWS May 2021, primary SOC code
    LocalizedText signal;
};

// What a role file says of its modelled peers; the scoring model supplies whatever it leaves out.
struct PeerOverrides
{
    std::optional<std::array<double, 4>> experienceMix; // junior, mid, senior, lead
    std::optional<double> toolAdoption;
};

struct Role
{
    QString id;
    QString sectorId;
    LocalizedText title;
    LocalizedText plural;
    LocalizedText summary;
    QStringList onetCodes;
    MarketSignal market;
    PeerOverrides peers;
    QList<RoleTask> tasks;
    QList<Skill> skills;
    QList<RoleTool> tools;
    LocalizedText analysis;
    LocalizedText verdict;
    QList<RoadmapPhase> roadmap;
    QList<QuickAction> quickActions;
    QList<FaqEntry> faq;
    QStringList similar; // role ids or O*NET-SOC codes

    const RoleTask *task(QStringView taskId) const;
    const Skill *skill(QStringView skillId) const;
    // Index of a task in tasks, or -1.
    int taskIndex(QStringView taskId) const;
    // The primary 6-digit SOC code, e.g. 15-1252.
    QString socCode() const { return onetCodes.isEmpty() ? QString() : onetCodes.first().left(7); }
    // Every roadmap step id with its phase, in plan order.
    QStringList stepIds() const;
};

struct NamedItem
{
    QString id;
    LocalizedText name;
};

struct AiTool
{
    QString id;
    QString name;
    QString vendor;
    QString categoryId;
    LocalizedText description;
    QStringList reachIds;
};

} // namespace outpace
