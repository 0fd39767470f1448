#pragma once
// The scoring method of SCORING.md, implemented once: the role's baseline, the battlefield, the personal
// risk score with a breakdown whose parts add up to it, and skill resilience.

#include "catalog/Role.h"
#include "scoring/AuditAnswers.h"
#include "scoring/Lens.h"
#include "scoring/ScoringModel.h"

#include <QList>
#include <QString>

namespace outpace {

enum class Battlefield { AutomatedAlready, NeedsOversight, SafeForNow };
QString battlefieldKey(Battlefield battlefield);

struct RoleBaseline
{
    double exposure = 0;            // X, 0..100
    double automation = 0;          // P, 0..100
    QList<double> timeShares;       // w_t, role task order
    QList<Battlefield> battlefield; // role task order
    QString horizonBand;            // from R at default answers, which equals P
};

struct RiskResult
{
    QList<double> shares; // s_t, role task order
    double otherShare = 0;
    double personalExposure = 0;   // X_p
    double personalAutomation = 0; // P_p
    double fluency = 0;            // F, 0..1
    double experienceFactor = 1;
    double fluencyFactor = 1;
    double risk = 0; // R, clamped to 0..100

    // Task view: each task's part with both factors applied, then what the 0..100 clamp removed.
    QList<double> taskContributions;
    double clampAdjustment = 0;
    // Factor view: each task's part before the factors, then what each factor changed.
    QList<double> unadjustedContributions;
    double experienceAdjustment = 0;
    double fluencyAdjustment = 0;
};

struct SkillResilience
{
    QString skillId;
    double resilience = 0; // S_k, 0..100, higher is safer
    bool practised = true; // false when the personal view has no time on any task using the skill
};

class RiskScorer
{
public:
    explicit RiskScorer(const ScoringModel &model = ScoringModel::builtIn())
        : m_model(model)
    { }

    double exposureOf(const TaskLabels &labels, Lens lens) const
    {
        return lens == Lens::Gpt4 ? labels.gpt4Exposure : labels.humanExposure;
    }
    Battlefield classify(const TaskLabels &labels, Lens lens) const;
    QList<double> defaultShares(const Role &role) const;

    RoleBaseline baseline(const Role &role, Lens lens = Lens::Gpt4) const;
    RiskResult score(const Role &role, const AuditAnswers &answers, Lens lens = Lens::Gpt4) const;
    // Sorted from the most exposed skill to the most resilient; shares empty means the role's weights.
    QList<SkillResilience> skills(
        const Role &role, const QList<double> &shares = {}, Lens lens = Lens::Gpt4) const;

    // F from how often each tool is used.
    double fluencyOf(const QMap<QString, ToolFrequency> &tools) const;
    // The one formula for R, shared by the audit and the modelled peers.
    double riskFrom(double personalAutomation, double experienceFactor, double fluency) const;

    const ScoringModel &model() const { return m_model; }

private:
    const ScoringModel &m_model;
};

} // namespace outpace
