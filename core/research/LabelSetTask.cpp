#include "research/LabelSetTask.h"

#include "scoring/ScoringModel.h"

namespace outpace {

std::optional<ExposureLabel> exposureFromText(QStringView text)
{
    if (text.size() != 2 || text[0] != QLatin1Char('E'))
        return std::nullopt;
    switch (text[1].unicode()) {
    case '0':
        return ExposureLabel::E0;
    case '1':
        return ExposureLabel::E1;
    case '2':
        return ExposureLabel::E2;
    case '3':
        return ExposureLabel::E3;
    default:
        return std::nullopt;
    }
}

QString exposureText(ExposureLabel label)
{
    return QStringLiteral("E") + QString::number(static_cast<int>(label));
}

std::optional<int> automationFromText(QStringView text)
{
    if (text.size() != 2 || text[0] != QLatin1Char('T') || text[1] < QLatin1Char('0')
        || text[1] > QLatin1Char('4'))
        return std::nullopt;
    return text[1].unicode() - '0';
}

QString automationText(int level)
{
    return QStringLiteral("T") + QString::number(level);
}

double exposureAlpha(ExposureLabel label)
{
    return label == ExposureLabel::E1 ? 1.0 : 0.0;
}

double exposureBeta(ExposureLabel label)
{
    switch (label) {
    case ExposureLabel::E0:
        return 0.0;
    case ExposureLabel::E1:
        return 1.0;
    case ExposureLabel::E2:
    case ExposureLabel::E3:
        return 0.5;
    }
    return 0.0;
}

double exposureGamma(ExposureLabel label)
{
    return label == ExposureLabel::E0 ? 0.0 : 1.0;
}

QString modelExposureKey(ExposureLabel label)
{
    return exposureText(label == ExposureLabel::E3 ? ExposureLabel::E2 : label);
}

TaskLabels modelLabelsOf(const LabelSetTask &task, const ScoringModel &model)
{
    TaskLabels labels;
    labels.gpt4Exposure = model.exposureValue.value(modelExposureKey(task.gpt4Exposure));
    labels.humanExposure = model.exposureValue.value(modelExposureKey(task.humanExposure));
    labels.automation = model.automationValue.value(automationText(task.automation));
    return labels;
}

} // namespace outpace
