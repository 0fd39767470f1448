#include "CliSession.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Only the report draws; it needs Qt Gui, on the offscreen platform so that it runs with no display.
    // Every other command stays a plain Qt Core program.
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (outpace::needsGui(words)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
