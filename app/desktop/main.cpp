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

int main(int argc, char *argv[])
{
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
    QApplication::setOrganizationName(QStringLiteral("Outpace"));
    QApplication::setApplicationName(QStringLiteral("outpace"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outpace"));
    QApplication::setApplicationVersion(QStringLiteral(OUTPACE_VERSION));
    // The style the platform or -style chose, with the app's own icons.
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));

    // The system locale picks the first language; a choice made in the window wins from then on.
    AppLanguage language;
    language.setLanguage(systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "How exposed a job is to AI, and what to do about it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QApplication::translate("main", "Folder holding your personal data (default: %1).")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))),
        QApplication::translate("main", "folder"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QApplication::translate("main", "Language of the window: en or fr."), QStringLiteral("en|fr"));
    const QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Diagnostic: quit as soon as the window has been painted once."));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        QApplication::translate("main", "Diagnostic: save a PNG of every page into the folder, then quit."),
        QApplication::translate("main", "folder"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QApplication::translate("main", "Open this role (an id or an O*NET-SOC code) at start."),
        QApplication::translate("main", "role"));
    parser.addOptions({dataDirOption, langOption, firstPaintOption, screenshotsOption, roleOption});
    // --help and --version leave through exit(), which must not find a worker still running.
    builtIns.wait();
#ifdef OUTPACE_HAS_FONTCONFIG
    fonts.wait();
#endif
    parser.process(app);

    const QString dataDir = Workspace::defaultDataFolder(parser.value(dataDirOption));
    if (!QDir().mkpath(dataDir)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Outpace"),
            QApplication::translate("main",
                "The data folder %1 cannot be created. Choose another one with "
                "--data-dir, or check its permissions.")
                .arg(QDir::toNativeSeparators(dataDir)));
        return 1;
    }

    Workspace::Options options;
    options.dataFolder = dataDir;
    Workspace workspace(options);
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
    if (parser.isSet(langOption)) {
        Language chosen;
        if (languageFromCode(parser.value(langOption), &chosen))
            window.setLanguage(chosen);
    }
    if (parser.isSet(roleOption))
        window.openRole(parser.value(roleOption));
    window.show();

    if (parser.isSet(firstPaintOption))
        FirstPaint::quitAfter(&window);
    if (parser.isSet(screenshotsOption))
        ScreenshotTour::start(window, parser.value(screenshotsOption));
    return app.exec();
}
