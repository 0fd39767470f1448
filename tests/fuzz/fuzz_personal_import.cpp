// libFuzzer target for the personal-data importer (PersonalDataJson::fromJson), the one reader of a file the
// user may have edited or received. Beyond not crashing, it checks the importer's promise: a file it accepts
// can be written to a database, and what comes back exports to a file it accepts again, unchanged.
//   build/fuzz/tests/fuzz/fuzz_personal_import tests/fuzz/corpus/personal

#include "personal/PersonalDataJson.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdio>
#include <cstdlib>

using namespace outpace;

namespace {

QSqlDatabase *memoryDatabase = nullptr;
const QDateTime exportedAt(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_personal_import: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL drivers are plugins, which need an application object to be found.
    static QCoreApplication app(*argc, *argv);
    static QSqlDatabase database
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
    database.setDatabaseName(QStringLiteral(":memory:"));
    if (!database.open())
        broken("cannot open an in-memory database", QString());
    if (Status migrated = SchemaMigrations::migrate(database); !migrated)
        broken("cannot create the schema", migrated.error());
    (void)SqlQuery(database, QString()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    memoryDatabase = &database;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<PersonalDataSnapshot> parsed = PersonalDataJson::fromJson(bytes);
    if (!parsed) {
        if (parsed.errors().isEmpty())
            broken("refused without saying why", QString());
        return 0;
    }
    if (Status written = parsed->replaceInto(*memoryDatabase); !written)
        broken("an accepted file could not be written", written.error());
    Result<PersonalDataSnapshot> loaded = PersonalDataSnapshot::load(*memoryDatabase);
    if (!loaded)
        broken("the written data could not be read back", loaded.error());
    const QByteArray exported = PersonalDataJson::toJson(loaded.value(), exportedAt);
    Result<PersonalDataSnapshot> again = PersonalDataJson::fromJson(exported);
    if (!again)
        broken("an export was refused by the importer",
            again.error() + QLatin1Char('\n') + QString::fromUtf8(exported));
    if (PersonalDataJson::toJson(again.value(), exportedAt) != exported)
        broken("export, import, export changed the data", QString::fromUtf8(exported));
    return 0;
}
