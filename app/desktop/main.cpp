// outpace: the desktop application. Parses the command line, picks the language and the data folder,
// opens the workspace of the data folder (catalog, occupation table, personal data), and shows the main
// window.

#include "AppLanguage.h"
#include "AppStyle.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

#include <future>

#ifdef OUTPACE_HAS_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

using namespace outpace;

namespace {

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Outpace"));
    QCoreApplication::setApplicationName(QStringLiteral("outpace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTPACE_VERSION));
}

struct Options
{
    QCommandLineOption dataDir;
    QCommandLineOption lang;
    QCommandLineOption firstPaint;
    QCommandLineOption screenshots;
    QCommandLineOption role;
};

Options describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "How exposed a job is to AI, and what to do about it."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(QStringLiteral("data-dir"),
            QCoreApplication::translate("main", "Folder holding your personal data (default: %1).")
                .arg(QDir::toNativeSeparators(
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))),
            QCoreApplication::translate("main", "folder")),
        QCommandLineOption(QStringLiteral("lang"),
            QCoreApplication::translate("main", "Language of the window: en or fr."),
            QStringLiteral("en|fr")),
        QCommandLineOption(QStringLiteral("quit-after-first-paint"),
            QCoreApplication::translate(
                "main", "Diagnostic: quit as soon as the window has been painted once.")),
        QCommandLineOption(QStringLiteral("screenshots"),
            QCoreApplication::translate(
                "main", "Diagnostic: save a PNG of every page into the folder, then quit."),
            QCoreApplication::translate("main", "folder")),
        QCommandLineOption(QStringLiteral("role"),
            QCoreApplication::translate("main", "Open this role (an id or an O*NET-SOC code) at start."),
            QCoreApplication::translate("main", "role")),
    };
    parser.addOptions({options.dataDir, options.lang, options.firstPaint, options.screenshots, options.role});
    return options;
}

// Whether the command line only asks for the help or the version, which are printed without a window.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The help and the version are answered before any window system is asked for: they then work from a
    // terminal with no display, as a command's help should.
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        AppLanguage language;
        language.setLanguage(systemLanguage());
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints, then leaves through exit()
        return 0;
    }

    // The built-in data is read in a worker while the window system starts: on two cores the window is
    // ready that much sooner. Qt takes the first thread that asks for its thread data as its main thread,
    // so this one asks before the worker starts.
    QThread::currentThread();
    std::future<Result<Catalog>> builtIns = std::async(std::launch::async, &Workspace::readBuiltInCatalog);
#ifdef OUTPACE_HAS_FONTCONFIG
    // Reading fontconfig's settings and font caches is most of what the first text measured costs, and
    // Qt does it on this thread then, once the window is being built. A worker does it now, while this
    // thread waits on the window system; Qt's own call then finds it done. FcInit is thread-safe.
    std::future<FcBool> fonts = std::async(std::launch::async, &FcInit);
#endif
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Outpace"));
    // The style the platform or -style chose, with the app's own icons.
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));

    // The system locale picks the first language; a choice made in the window wins from then on.
    AppLanguage language;
    language.setLanguage(systemLanguage());

    QCommandLineParser parser;
    const Options options = describeOptions(parser);
    // A malformed command line leaves through exit(), which must not find a worker still running.
    builtIns.wait();
#ifdef OUTPACE_HAS_FONTCONFIG
    fonts.wait();
#endif
    parser.process(app);

    const QString dataDir = Workspace::defaultDataFolder(parser.value(options.dataDir));
    if (!QDir().mkpath(dataDir)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Outpace"),
            QApplication::translate("main",
                "The data folder %1 cannot be created. Choose another one with "
                "--data-dir, or check its permissions.")
                .arg(QDir::toNativeSeparators(dataDir)));
        return 1;
    }

    Workspace::Options folder;
    folder.dataFolder = dataDir;
    Workspace workspace(folder);
    Status loaded = workspace.loadBuiltIns(builtIns.get());
    if (!loaded)
        loaded = workspace.loadBuiltIns(); // again, to say what is wrong in the user's language
    if (!loaded) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Outpace"),
            QApplication::translate("main", "The built-in catalog is damaged; reinstall Outpace.\n\n%1")
                .arg(loaded.errors().join(QLatin1Char('\n'))));
        return 1;
    }

    MainWindow window(workspace, language);
    if (parser.isSet(options.lang)) {
        Language chosen;
        if (languageFromCode(parser.value(options.lang), &chosen))
            window.setLanguage(chosen);
    }
    if (parser.isSet(options.role))
        window.openRole(parser.value(options.role));
    window.show();

    if (parser.isSet(options.firstPaint))
        FirstPaint::quitAfter(&window);
    if (parser.isSet(options.screenshots))
        ScreenshotTour::start(window, parser.value(options.screenshots));
    return app.exec();
}
