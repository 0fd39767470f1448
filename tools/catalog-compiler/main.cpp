// Build step: validates the catalog's JSON files and writes the compiled catalog the program ships.
// A catalog with any problem stops the build with every problem listed.

#include "catalog/CatalogLoader.h"
#include "catalog/CompiledCatalog.h"
#include "scoring/TaskLabelling.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: outpace-catalog-compiler CATALOG_FOLDER OUTPUT_FILE\n";
        return 2;
    }
    const outpace::Result<outpace::Catalog> catalog
        = outpace::LabelledCatalog::loadFromDirectory(arguments[1]);
    if (!catalog) {
        err << "The catalog has " << catalog.errors().size() << " problem(s):\n";
        for (const QString &problem : catalog.errors())
            err << "  " << problem << '\n';
        return 1;
    }
    QSaveFile output(arguments[2]);
    if (!output.open(QIODevice::WriteOnly)
        || output.write(outpace::CompiledCatalog::serialize(catalog.value())) < 0 || !output.commit()) {
        err << "Cannot write " << arguments[2] << ": " << output.errorString() << '\n';
        return 1;
    }
    return 0;
}
