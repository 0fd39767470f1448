#include "CliSession.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Outpace"));
    QCoreApplication::setApplicationName(QStringLiteral("outpace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTPACE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QByteArrayList raw;
    for (int i = 1; i < argc; ++i)
        raw << QByteArray(argv[i]);
    return outpace::runCli(arguments, out, err, raw);
}
