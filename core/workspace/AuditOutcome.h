#pragma once
// The result of one audit, computed once in core: the personal risk score with parts that add up to it as
// printed, skills, the place among modelled peers, and the horizon. The CLI, the desktop result page and
// the PDF report only render it.

#include "scoring/AuditAnswers.h"
#include "scoring/RiskScorer.h"
#include "workspace/RoleLookup.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace outpace {

// One line of the breakdown. `value` is exact; `shown` is rounded to one decimal so that the shown parts add
// up exactly to the shown score (largest-remainder rounding).
struct BreakdownPart
{
    enum class Kind { Task, OtherWork, Experience, Fluency, Cap };
    Kind kind = Kind::Task;
    QString taskId; // Task only
    QString label;  // translated
    double value = 0;
    double shown = 0;
};

struct AuditOutcome
{
    RoleRef ref;
    QString roleTitle;
    Language language = Language::English;
    Lens lens = Lens::Gpt4;
    QString modelVersion;
    AuditAnswers answers;
    RiskResult result;
    double shownRisk = 0; // result.risk rounded to one decimal

    // Task view: each task's part with both factors applied (what a task adds to the score), then a cap
    // line only when the 0..100 clamp changed something.
    QList<BreakdownPart> taskParts;
    // Factor view: each task's part before the factors, then the experience and fluency adjustments.
    QList<BreakdownPart> factorParts;

    QList<Battlefield> battlefield; // role task order
    QList<SkillResilience> skills;  // personal view, most exposed first
    QString horizonBand;
    double peerPercentile = 0; // share of modelled peers with a lower score, 0..100
    double peersSafer = 0;     // 100 - peerPercentile
    QList<int> peerHistogram;  // counts over equal bins of 0..100
    int peerCount = 0;
    double peerMedian = 0;
    double peerToolAdoption = 0; // 0..1, how often a modelled peer uses each of the role's tools
    // True at answers with no AI tool while peers use them: the comparison then needs a word of caution.
    bool usesNoTools = false;
    // The score with the same answers and every tool of the role used weekly by the typical share of peers.
    std::optional<double> scoreWithTypicalTools;
    QString peerNote;   // one sentence on how peers are modelled and what the comparison means
    QStringList legend; // one plain sentence per figure: exposure, automation potential, fluency, experience

    static AuditOutcome compute(const RoleRef &ref, const Role &role, const AuditAnswers &answers,
        Language language, Lens lens = Lens::Gpt4, const ScoringModel &model = ScoringModel::builtIn());

    // Largest-remainder rounding to one decimal: the rounded values add up to `total` rounded.
    static QList<double> roundedParts(const QList<double> &values, double total);

    QJsonObject toJson() const;
};

} // namespace outpace
