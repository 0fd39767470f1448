#pragma once
// The labelling rule of SCORING.md section 1, in one place: a curated task's numeric labels are the
// weighted mean of its O*NET links' labels (Core links weigh more), with its deviation applied.

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QCoreApplication>

namespace outpace {

class TaskLabelling
{
    Q_DECLARE_TR_FUNCTIONS(TaskLabelling)

public:
    // Merges a task's links into numeric labels and applies its deviation.
    static TaskLabels labelsOf(const RoleTask &task, const ScoringModel &model);
    // The same, ignoring the deviation: what the research labels alone give.
    static TaskLabels researchLabelsOf(const RoleTask &task, const ScoringModel &model);
    // Labels every task of the catalog; refuses a catalog that quotes a label the model gives no value.
    static Status label(Catalog &catalog, const ScoringModel &model);
};

// The catalog as the program uses it: loaded, validated and labelled with the running model.
class LabelledCatalog
{
public:
    static Result<Catalog> loadBuiltIn(const ScoringModel &model = ScoringModel::builtIn());
    static Result<Catalog> loadFromDirectory(
        const QString &directory, const ScoringModel &model = ScoringModel::builtIn());
};

} // namespace outpace
