#pragma once
// The personal database's schema, as numbered steps. The file's PRAGMA user_version says which steps it
// has; opening runs the missing ones, each in its own transaction, so a crash leaves the file at a whole
// version. Never edit a released step: add a new one and a fixture database for it (tests/data/storage).

#include "common/Result.h"

#include <QSqlDatabase>

namespace outpace {

class SchemaMigrations
{
public:
    // The version this build writes; files above it come from a newer Outpace and are not opened.
    static constexpr int currentVersion = 2;

    // Brings a database from its user_version to currentVersion. A step that fails is rolled back whole
    // and the file stays at the previous version.
    static Status migrate(const QSqlDatabase &database);
    static Result<int> version(const QSqlDatabase &database);

private:
    static Status applyStep(const QSqlDatabase &database, int toVersion);
};

} // namespace outpace
