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
    // The catalog copies every text it reads from `bytes`.
    static Result<Catalog> deserialize(const QByteArray &bytes, const QString &sourceName);
    // The catalog's texts refer to the characters in `bytes`, which must never change nor be freed: for
    // data built into the program. Such a text is read-only data: QString::utf16() on it makes a copy, in
    // the const object, so a text shared between threads is read through constData() or a QStringView.
    static Result<Catalog> deserializeInPlace(const QByteArray &bytes, const QString &sourceName);
};

} // namespace outpace
