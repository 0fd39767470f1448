#pragma once
// The catalog as the program ships it: validated from JSON at build time and stored as a binary
// stream, because parsing 1.7 MB of JSON at every start would take most of the start-up budget.
// Loading still re-checks every cross-reference; the scoring layer then labels the tasks with the running
// model.

#include "catalog/Catalog.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace outpace {

class CompiledCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CompiledCatalog)

public:
    static QByteArray serialize(const Catalog &catalog);
    static Result<Catalog> deserialize(const QByteArray &bytes, const QString &sourceName);
};

} // namespace outpace
