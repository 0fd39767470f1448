#pragma once
// One O*NET task with its research labels, as the GPTs-are-GPTs label set gives it. The numeric forms
// follow the paper (alpha = E1, beta = E1 + 0.5 E2, gamma = E1 + E2) so that every figure derived from
// them can be compared with the published ones.

#include "catalog/Role.h"

#include <QString>

#include <optional>

namespace outpace {

// E3 is part of the paper's rubric (exposure through image capabilities); the paper counts it with E2.
// The numeric values are stored in the database (ResearchStore): never reorder.
enum class ExposureLabel : quint8 { E0 = 0, E1 = 1, E2 = 2, E3 = 3 };

std::optional<ExposureLabel> exposureFromText(QStringView text);
QString exposureText(ExposureLabel label);
std::optional<int> automationFromText(QStringView text); // T0..T4 -> 0..4
QString automationText(int level);

double exposureAlpha(ExposureLabel label);
double exposureBeta(ExposureLabel label);
double exposureGamma(ExposureLabel label);
inline double automationValue(int level)
{
    return level * 0.25;
}

struct LabelSetTask;
struct ScoringModel;

// The scoring model knows E0..E2; the paper counts E3 with E2.
QString modelExposureKey(ExposureLabel label);
// A label-set task's labels as the scoring model values them (beta, a), for the battlefield and the scores.
TaskLabels modelLabelsOf(const LabelSetTask &task, const ScoringModel &model);

struct LabelSetTask
{
    QString occupationCode; // O*NET-SOC, e.g. 15-1252.00
    QString occupationTitle;
    int taskId = 0;
    QString statement; // the original English task statement
    TaskType type = TaskType::Unspecified;
    ExposureLabel humanExposure = ExposureLabel::E0;
    ExposureLabel gpt4Exposure = ExposureLabel::E0;
    ExposureLabel gpt4ExposureAltRubric = ExposureLabel::E0;
    bool gpt3Relevant = false;
    int automation = 0; // T0..T4 as 0..4
};

} // namespace outpace
