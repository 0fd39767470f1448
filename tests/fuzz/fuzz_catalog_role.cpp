// libFuzzer target: a catalog role file on any bytes, then the cross-file checks against the built-in
// catalog. A problem must come back as an error naming the file, never as a crash.

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"
#include "catalog/CatalogValidator.h"
#include "scoring/TaskLabelling.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const outpace::Catalog builtIn = outpace::LabelledCatalog::loadBuiltIn().value();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const outpace::Result<outpace::Role> role = outpace::CatalogLoader::readRoleFile(
        bytes, QStringLiteral("roles/fuzz.json"), QStringLiteral("fuzz"));
    if (!role) {
        for (const QString &error : role.errors()) {
            if (!error.startsWith(QStringLiteral("roles/fuzz.json")))
                std::abort();
        }
        return 0;
    }
    const outpace::Catalog catalog(
        builtIn.sectors(), builtIn.categories(), builtIn.reaches(), builtIn.tools(), {role.value()});
    const QStringList errors
        = outpace::CatalogValidator::crossReferenceErrors(catalog, {}, {QStringLiteral("roles/fuzz.json")});
    for (const QString &error : errors) {
        if (!error.startsWith(QStringLiteral("roles/fuzz.json")))
            std::abort();
    }
    for (const outpace::RoleTask &task : role->tasks) {
        if (task.labels.automation < 0 || task.labels.automation > 1 || task.labels.gpt4Exposure < 0
            || task.labels.gpt4Exposure > 1)
            std::abort();
    }
    return 0;
}
