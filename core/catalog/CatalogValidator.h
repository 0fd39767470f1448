#pragma once
// The checks that need the whole catalog at once: references between files, uniqueness within a role,
// and the counts every curated role must meet to be as complete as the reference role.

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace outpace {

class CatalogValidator
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)

public:
    // toolFiles and roleFiles name the file each tool and role came from, in the catalog's order.
    static QStringList crossReferenceErrors(
        const Catalog &catalog, const QStringList &toolFiles, const QStringList &roleFiles);
};

} // namespace outpace
