#pragma once
// The built-in catalog, loaded once per test executable; a broken catalog stops the test at once.

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"

inline const outpace::Catalog &builtInCatalog()
{
    static const outpace::Catalog loaded = [] {
        outpace::Result<outpace::Catalog> result = outpace::LabelledCatalog::loadBuiltIn();
        if (!result)
            qFatal("catalog: %s", qPrintable(result.error()));
        return std::move(result).value();
    }();
    return loaded;
}
