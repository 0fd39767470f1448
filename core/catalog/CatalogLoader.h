#pragma once
// Reads and validates the catalog files. A catalog with any problem is refused whole, with every
// problem listed, so that no screen ever shows half a role.

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QCoreApplication>
#include <QString>

namespace outpace {

class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    // The catalog compiled into the program (validated from JSON at build time, see CompiledCatalog).
    static Result<Catalog> loadBuiltIn(const ScoringModel &model = ScoringModel::builtIn());
    // A catalog laid out as resources/catalog is: catalog.json, tools/*.json, roles/*.json.
    static Result<Catalog> loadFromDirectory(
        const QString &directory, const ScoringModel &model = ScoringModel::builtIn());

    // One role file on its own (the checks that need no other file); fileId is the file name without .json.
    static Result<Role> readRoleFile(const QByteArray &json, const QString &shownName, const QString &fileId,
        const ScoringModel &model = ScoringModel::builtIn());

    // Merges a task's links into numeric labels and applies its deviation (the rule of SCORING.md).
    static TaskLabels labelsOf(const RoleTask &task, const ScoringModel &model);
};

} // namespace outpace
