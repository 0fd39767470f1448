#include "scoring/RiskScorer.h"

#include <algorithm>

namespace outpace {

QString lensKey(Lens lens)
{
    return lens == Lens::Gpt4 ? QStringLiteral("gpt4") : QStringLiteral("human");
}

bool lensFromKey(QStringView key, Lens *lens)
{
    if (key == u"gpt4") {
        *lens = Lens::Gpt4;
        return true;
    }
    if (key == u"human") {
        *lens = Lens::Human;
        return true;
    }
    return false;
}

QString battlefieldKey(Battlefield battlefield)
{
    switch (battlefield) {
    case Battlefield::AutomatedAlready:
        return QStringLiteral("automated");
    case Battlefield::NeedsOversight:
        return QStringLiteral("oversight");
    case Battlefield::SafeForNow:
        return QStringLiteral("safe");
    }
    return {};
}

Battlefield RiskScorer::classify(const TaskLabels &labels, Lens lens) const
{
    if (labels.automation >= m_model.automatedMinAutomation)
        return Battlefield::AutomatedAlready;
    if (exposureOf(labels, lens) == 0 && labels.automation <= m_model.safeMaxAutomation)
        return Battlefield::SafeForNow;
    return Battlefield::NeedsOversight;
}

QList<double> RiskScorer::defaultShares(const Role &role) const
{
    double total = 0;
    for (const RoleTask &task : role.tasks)
        total += m_model.weightOf(task.type);
    QList<double> shares;
    shares.reserve(role.tasks.size());
    for (const RoleTask &task : role.tasks)
        shares << (total > 0 ? m_model.weightOf(task.type) / total : 0.0);
    return shares;
}

RoleBaseline RiskScorer::baseline(const Role &role, Lens lens) const
{
    RoleBaseline baseline;
    baseline.timeShares = defaultShares(role);
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        const TaskLabels &labels = role.tasks[i].labels;
        baseline.exposure += baseline.timeShares[i] * exposureOf(labels, lens);
        baseline.automation += baseline.timeShares[i] * labels.automation;
        baseline.battlefield << classify(labels, lens);
    }
    baseline.exposure *= 100;
    baseline.automation *= 100;
    // At default answers (mid level, no tools) R equals P, so the band can be read off P directly.
    baseline.horizonBand = m_model.horizonBand(riskFrom(baseline.automation, 1.0, 0.0));
    return baseline;
}

double RiskScorer::fluencyOf(const QMap<QString, ToolFrequency> &tools) const
{
    double credit = 0;
    for (ToolFrequency frequency : tools)
        credit += m_model.creditOf(frequency);
    return std::min(1.0, credit / m_model.toolsForFullFluency);
}

double RiskScorer::riskFrom(double personalAutomation, double experienceFactor, double fluency) const
{
    const double fluencyFactor = 1 - m_model.fluencyMaxReduction * fluency;
    return std::clamp(personalAutomation * experienceFactor * fluencyFactor, 0.0, 100.0);
}

RiskResult RiskScorer::score(const Role &role, const AuditAnswers &answers, Lens lens) const
{
    RiskResult result;
    result.shares = answers.taskShares();
    result.shares.resize(role.tasks.size(), 0.0);
    result.otherShare = answers.otherShare();
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        const TaskLabels &labels = role.tasks[i].labels;
        result.personalExposure += result.shares[i] * exposureOf(labels, lens);
        result.personalAutomation += result.shares[i] * labels.automation;
    }
    result.personalExposure *= 100;
    result.personalAutomation *= 100;

    result.fluency = fluencyOf(answers.tools);
    result.experienceFactor = m_model.experienceFactorOf(answers.experience);
    result.fluencyFactor = 1 - m_model.fluencyMaxReduction * result.fluency;
    result.risk = riskFrom(result.personalAutomation, result.experienceFactor, result.fluency);

    double adjustedSum = 0;
    result.unadjustedContributions.reserve(role.tasks.size());
    result.taskContributions.reserve(role.tasks.size());
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        const double unadjusted = 100 * result.shares[i] * role.tasks[i].labels.automation;
        const double adjusted = unadjusted * result.experienceFactor * result.fluencyFactor;
        result.unadjustedContributions << unadjusted;
        result.taskContributions << adjusted;
        adjustedSum += adjusted;
    }
    result.experienceAdjustment = result.personalAutomation * (result.experienceFactor - 1);
    result.fluencyAdjustment
        = result.personalAutomation * result.experienceFactor * (result.fluencyFactor - 1);
    result.clampAdjustment = result.risk - adjustedSum;
    return result;
}

QList<SkillResilience> RiskScorer::skills(const Role &role, const QList<double> &shares, Lens lens) const
{
    const QList<double> weights = defaultShares(role);
    const bool personal = !shares.isEmpty();
    QList<SkillResilience> list;
    for (const Skill &skill : role.skills) {
        auto resilienceWith = [&](const QList<double> &w, double *weightSum) {
            double exposed = 0;
            *weightSum = 0;
            for (qsizetype i = 0; i < role.tasks.size(); ++i) {
                const RoleTask &task = role.tasks[i];
                if (!task.skillIds.contains(skill.id))
                    continue;
                exposed += w[i] * (exposureOf(task.labels, lens) + task.labels.automation) / 2;
                *weightSum += w[i];
            }
            return *weightSum > 0 ? 100 * (1 - exposed / *weightSum) : 100.0;
        };
        SkillResilience entry{skill.id, 0, true};
        double weightSum = 0;
        if (personal) {
            entry.resilience = resilienceWith(shares, &weightSum);
            if (weightSum <= 0) {
                // A skill the worker does not use this week still has the role's resilience.
                entry.practised = false;
                entry.resilience = resilienceWith(weights, &weightSum);
            }
        } else {
            entry.resilience = resilienceWith(weights, &weightSum);
        }
        list << entry;
    }
    std::stable_sort(list.begin(), list.end(),
        [](const SkillResilience &a, const SkillResilience &b) { return a.resilience < b.resilience; });
    return list;
}

} // namespace outpace
