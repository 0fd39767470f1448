#pragma once
// Everything a portrait shows, computed once in core: the CLI's text and JSON, the desktop portrait page and
// the PDF report only render it. Texts are already in the portrait's language; figures are 0..100.

#include "common/LocalizedText.h"
#include "research/Occupation.h"
#include "scoring/RiskScorer.h"
#include "workspace/RoleFaq.h"
#include "workspace/RoleLookup.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace outpace {

// One label a deviation changes, with the research value and the project's.
struct LabelChange
{
    QString label;  // "gpt4", "human", "automation" or "type"
    QString before; // what the research gives: "E1", "T2", "core"…
    QString after;
};

struct PortraitDeviation
{
    QString reason;
    QList<LabelChange> changes;
};

struct PortraitTaskLink
{
    QString occupationCode;
    int taskId = 0;
    QString onetType; // Core, Supplemental or empty
    QString gpt4Exposure;
    QString humanExposure;
    QString automation;
};

struct PortraitTask
{
    QString id;
    QString title;
    bool core = true;
    Battlefield battlefield = Battlefield::NeedsOversight;
    double aiShare = 0;  // automation level, 0..100: how much of the task an AI system can complete
    double exposure = 0; // exposure under the portrait's lens, 0..100
    double exposureGpt4 = 0;
    double exposureHuman = 0;
    double timeShare = 0; // default share of the week, 0..1
    QList<PortraitTaskLink> links;
    std::optional<PortraitDeviation> deviation;
    // One paragraph for a tooltip: the O*NET links, the labels, and the deviation with its reason.
    QString details;
};

struct PortraitTool
{
    QString id;
    QString name;
    QString vendor;
    QString description;
    QString why; // why to learn it, when it is one to learn
    bool landscape = true;
    bool toLearn = false;
    QStringList taskIds;
    QStringList taskTitles;
};

struct PortraitSkill
{
    QString id;
    QString name;
    double resilience = 0; // 0..100, higher is safer
};

// A research lens on the same role (GPT-4 exposure, human exposure, Microsoft applicability).
struct LensFigure
{
    QString key;                 // "gpt4", "human", "applicability"
    QString name;                // translated
    std::optional<double> value; // 0..100; no value when the source has none for this role
    QString source;
};

// Employment share of all workers in one band of exposure, for the "among all workers" chart.
struct ExposureBand
{
    double from = 0; // 0..100
    double to = 0;
    double workerShare = 0; // 0..100 of all workers counted
};

struct PortraitPhase
{
    QString id;
    QString title;
    QString goal;
    QList<QPair<QString, QString>> steps; // step id, text
};

struct SimilarRole
{
    RoleRef ref;
    QString title;
    std::optional<double> automation; // 0..100
    std::optional<double> exposure;   // 0..100
};

// The occupation a curated role is closest to, shown as the occupation's own figures.
struct ClosestOccupation
{
    QString code;
    QString title;
    double exposure = 0; // 0..100
    std::optional<double> workersLessExposed;
};

class Catalog;
class OccupationTable;

struct RolePortrait
{
    Q_DECLARE_TR_FUNCTIONS(RolePortrait)

public:
    RoleRef ref;
    Language language = Language::English;
    Lens lens = Lens::Gpt4;
    QString modelVersion;

    QString title;
    QString plural;
    QString sectorId; // empty for an occupation
    QString sector;   // translated name, or "O*NET occupation"
    QString summary;
    QStringList onetCodes;

    // Headline figures.
    double automation = 0; // P
    double exposure = 0;   // X under the lens
    double exposureGpt4 = 0;
    double exposureHuman = 0;
    QString horizonBand;                                // "5-7", framing only
    std::optional<double> workersLessExposed;           // share of workers in less exposed occupations, at X
    std::optional<ClosestOccupation> closestOccupation; // curated roles only
    QString whyRoleAndOccupationDiffer;     // one sentence, curated roles with a closest occupation
    QList<ExposureBand> workerDistribution; // all workers by exposure, employment-weighted

    // Tasks: for a curated role always; for an occupation once its tasks were imported.
    QList<PortraitTask> tasks;
    bool tasksInOriginalEnglish = false;
    // For an occupation: its published row (alpha, beta and gamma under both lenses, task counts…).
    std::optional<Occupation> publishedFigures;
    // For an occupation without imported tasks: the published task counts per battlefield class.
    std::optional<std::array<int, 3>> taskCounts;

    QList<PortraitTool> tools;
    QList<PortraitSkill> skills; // most exposed first
    QString analysis;
    QString verdict;
    QString marketSignal;
    std::optional<int> medianWageUsd;
    bool medianWageTopCoded = false;
    std::optional<qint64> employment;
    QList<LensFigure> lenses;
    QString lensNote;
    QList<PortraitPhase> roadmap;
    QStringList quickActions;
    QList<FaqAnswer> faq;
    QList<SimilarRole> similar;
    std::optional<double> peerMedianRisk;
    QStringList legend;  // plain one-sentence definitions of the figures above
    QStringList sources; // citation texts

    // A curated role's portrait. `occupations` (may be null) places the role among all workers.
    static RolePortrait ofRole(const Role &role, const Catalog &catalog, const OccupationTable *occupations,
        Language language, Lens lens, const ScoringModel &model = ScoringModel::builtIn());
    // An O*NET occupation's portrait from the built-in table; with `importedTasks` (its tasks as a role,
    // once the label set was imported) it shows the task battlefield too, in the original English.
    static RolePortrait ofOccupation(const Occupation &occupation, const OccupationTable &occupations,
        const Role *importedTasks, const Catalog &catalog, Language language, Lens lens,
        const ScoringModel &model = ScoringModel::builtIn());

    bool isRole() const { return ref.isRole(); }
    int count(Battlefield battlefield) const;
    QJsonObject toJson() const;
};

} // namespace outpace
