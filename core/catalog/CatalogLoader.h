#pragma once
// Reads and validates the catalog files. A catalog with any problem is refused whole, with every
// problem listed, so that no screen ever shows half a role.

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace outpace {

class CatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    // The catalog compiled into the program (validated from JSON at build time, see CompiledCatalog).
    // Tasks come without numeric labels: TaskLabelling (scoring) gives them; use LabelledCatalog to get both.
    static Result<Catalog> loadBuiltIn();
    // A catalog laid out as resources/catalog is: catalog.json, tools/*.json, roles/*.json.
    static Result<Catalog> loadFromDirectory(const QString &directory);

    // One role file on its own (the checks that need no other file); fileId is the file name without .json.
    static Result<Role> readRoleFile(const QByteArray &json, const QString &shownName, const QString &fileId);
};

} // namespace outpace
