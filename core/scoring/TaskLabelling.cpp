#include "scoring/TaskLabelling.h"

#include "catalog/CatalogLoader.h"
#include "catalog/ResearchLabels.h"

namespace outpace {

TaskLabels TaskLabelling::researchLabelsOf(const RoleTask &task, const ScoringModel &model)
{
    TaskLabels labels;
    double totalWeight = 0;
    for (const OnetTaskLink &link : task.links) {
        const double weight = model.weightOf(link.type);
        labels.gpt4Exposure += weight * model.exposureValue.value(link.gpt4Exposure);
        labels.humanExposure += weight * model.exposureValue.value(link.humanExposure);
        labels.automation += weight * model.automationValue.value(link.automation);
        totalWeight += weight;
    }
    if (totalWeight > 0) {
        labels.gpt4Exposure /= totalWeight;
        labels.humanExposure /= totalWeight;
        labels.automation /= totalWeight;
    }
    return labels;
}

TaskLabels TaskLabelling::labelsOf(const RoleTask &task, const ScoringModel &model)
{
    TaskLabels labels = researchLabelsOf(task, model);
    if (task.deviation) {
        if (task.deviation->gpt4Exposure)
            labels.gpt4Exposure = model.exposureValue.value(*task.deviation->gpt4Exposure);
        if (task.deviation->humanExposure)
            labels.humanExposure = model.exposureValue.value(*task.deviation->humanExposure);
        if (task.deviation->automation)
            labels.automation = model.automationValue.value(*task.deviation->automation);
    }
    return labels;
}

Status TaskLabelling::label(Catalog &catalog, const ScoringModel &model)
{
    QStringList missing;
    for (const QString &label : ResearchLabels::exposure()) {
        if (!model.exposureValue.contains(label))
            missing << label;
    }
    for (const QString &label : ResearchLabels::automation()) {
        if (!model.automationValue.contains(label))
            missing << label;
    }
    if (!missing.isEmpty())
        return Status::failure(tr("scoring model %1: no value for the research labels %2")
                                   .arg(model.version, missing.join(QStringLiteral(", "))));
    catalog.labelTasks([&model](const RoleTask &task) { return labelsOf(task, model); });
    return success();
}

namespace {

Result<Catalog> labelled(Result<Catalog> loaded, const ScoringModel &model)
{
    if (!loaded)
        return loaded;
    if (Status status = TaskLabelling::label(loaded.value(), model); !status)
        return Result<Catalog>::failure(status.errors());
    return loaded;
}

} // namespace

Result<Catalog> LabelledCatalog::loadBuiltIn(const ScoringModel &model)
{
    return labelled(CatalogLoader::loadBuiltIn(), model);
}

Result<Catalog> LabelledCatalog::loadFromDirectory(const QString &directory, const ScoringModel &model)
{
    return labelled(CatalogLoader::loadFromDirectory(directory), model);
}

} // namespace outpace
