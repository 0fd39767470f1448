#include "CliSession.h"

#include "catalog/CatalogLoader.h"
#include "common/Translations.h"
#include "scoring/TaskLabelling.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace outpace {

struct CliSession::TranslatorState
{
    Translations translations;
};

CliSession::CliSession(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
    , m_language(systemLanguage())
    , m_translators(std::make_unique<TranslatorState>())
{
    setLanguage(m_language);
}

CliSession::~CliSession() = default;

void CliSession::setLanguage(Language language)
{
    m_language = language;
    if (!m_translators->translations.install(language))
        m_err << "outpace-cli: the French translation could not be loaded; continuing in English.\n";
}

bool CliSession::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("CliSession", "Show this help."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("CliSession", "Language of the output: en or fr."),
        QStringLiteral("en|fr"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("CliSession", "Folder holding your personal data (default: %1).")
            .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))),
        QStringLiteral("folder"));
    parser.addOption(help);
    parser.addOption(lang);
    parser.addOption(dataDir);

    // The language must be known before the first translated message, including parse errors.
    for (int i = 0; i + 1 < arguments.size(); ++i) {
        Language chosen;
        if (arguments[i] == QLatin1String("--lang") && languageFromCode(arguments[i + 1], &chosen))
            setLanguage(chosen);
    }

    if (!parser.parse(arguments)) {
        fail(parser.errorText(), ExitUsage);
        m_err << QCoreApplication::translate("CliSession", "Usage: outpace-cli %1").arg(usage) << '\n';
        return false;
    }
    if (parser.isSet(help)) {
        m_out << QCoreApplication::translate("CliSession", "Usage: outpace-cli %1").arg(usage) << "\n\n";
        m_out << parser.helpText().section(QLatin1Char('\n'), 2);
        return false;
    }
    if (parser.isSet(lang)) {
        Language chosen;
        if (!languageFromCode(parser.value(lang), &chosen) || parser.value(lang).size() != 2) {
            fail(QCoreApplication::translate("CliSession", "unknown language \"%1\": expected en or fr.")
                     .arg(parser.value(lang)),
                ExitUsage);
            return false;
        }
        setLanguage(chosen);
    }
    if (parser.isSet(dataDir))
        m_dataDir = parser.value(dataDir);
    return true;
}

QString CliSession::dataDirectory() const
{
    if (!m_dataDir.isEmpty())
        return m_dataDir;
    const QString fromEnvironment = qEnvironmentVariable("OUTPACE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Workspace *CliSession::workspace()
{
    if (m_workspace)
        return m_workspace.get();
    if (m_workspaceFailed)
        return nullptr;
    Workspace::Options options;
    options.dataFolder = dataDirectory();
    auto workspace = std::make_unique<Workspace>(options);
    if (Status loaded = workspace->loadBuiltIns(); !loaded) {
        m_workspaceFailed = true;
        failWith(loaded.errors());
        return nullptr;
    }
    // Every warning of an opening (a failed daily backup) and every refused file is told once, here.
    QObject::connect(
        workspace.get(), &Workspace::openProblem, workspace.get(), [this](const OpenReport &report) {
            // Said after the problem itself, which the failing command prints.
            if (!report.suggestedBackup.isEmpty()) {
                m_advice = QCoreApplication::translate(
                               "CliSession", "The newest good backup is %1. To bring it back, run:")
                               .arg(QDir::toNativeSeparators(report.suggestedBackup))
                    + QStringLiteral("\n  outpace-cli restore \"")
                    + QDir::toNativeSeparators(report.suggestedBackup) + QStringLiteral("\"");
            } else if (!report.movedAsideTo.isEmpty()) {
                m_advice = QCoreApplication::translate(
                    "CliSession", "No backup was found; the next command starts a new, empty database.");
            }
        });
    QObject::connect(workspace.get(), &Workspace::openWarning, workspace.get(),
        [this](const QString &warning) { m_err << "outpace-cli: " << warning << '\n'; });
    m_workspace = std::move(workspace);
    return m_workspace.get();
}

const Catalog *CliSession::catalog()
{
    Workspace *opened = workspace();
    return opened ? &opened->catalog() : nullptr;
}

int CliSession::failWith(const QStringList &problems, int code)
{
    if (problems.isEmpty())
        return code;
    m_err << "outpace-cli: " << problems.first() << '\n';
    for (qsizetype i = 1; i < problems.size(); ++i)
        m_err << "  " << problems[i] << '\n';
    if (!m_advice.isEmpty())
        m_err << m_advice << '\n';
    m_advice.clear();
    m_err.flush();
    return code;
}

int CliSession::fail(const QString &message, int code)
{
    m_err << "outpace-cli: " << message << '\n';
    m_err.flush();
    return code;
}

namespace {

QList<CliCommand> allCommands()
{
    return catalogCommands() + storageCommands() + researchCommands() + reportCommands();
}

void printOverview(QTextStream &out, const QList<CliCommand> &commands)
{
    out << QCoreApplication::translate(
        "CliSession", "Outpace %1: how exposed a job is to AI, and what to do about it.")
               .arg(QStringLiteral(OUTPACE_VERSION))
        << "\n\n"
        << QCoreApplication::translate("CliSession", "Usage: outpace-cli COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("CliSession", "Commands:") << '\n';
    for (const CliCommand &command : commands) {
        out << "  " << (command.name + QLatin1Char(' ') + command.usage).leftJustified(46) << ' '
            << command.summary << '\n';
    }
    out << '\n'
        << QCoreApplication::translate(
               "CliSession", "Every command accepts --help, --lang en|fr and --data-dir FOLDER.")
        << '\n';
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    // The command is the first word that is neither an option nor the value of --lang or --data-dir.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments[i];
        if (word == QLatin1String("--lang") || word == QLatin1String("--data-dir")) {
            ++i;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-')))
            return word == QLatin1String("report");
    }
    return false;
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliSession session(out, err);
    // Global options may come before the command; the language one matters for the overview.
    QStringList rest = arguments;
    for (int i = 0; i + 1 < rest.size(); ++i) {
        Language chosen;
        if (rest[i] == QLatin1String("--lang") && languageFromCode(rest[i + 1], &chosen))
            session.setLanguage(chosen);
    }
    const QList<CliCommand> commands = allCommands();
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")
        || rest.first() == QLatin1String("help")) {
        printOverview(out, commands);
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.first() == QLatin1String("--version") || rest.first() == QLatin1String("-v")) {
        out << "outpace-cli " << OUTPACE_VERSION << '\n';
        return ExitOk;
    }
    if (rest.first() == QLatin1String("--lang") && rest.size() >= 2)
        rest = rest.mid(2);
    if (rest.isEmpty()) {
        printOverview(out, commands);
        return ExitUsage;
    }
    for (const CliCommand &command : commands) {
        if (command.name == rest.first()) {
            const int code = command.run(session, rest);
            out.flush();
            err.flush();
            return code;
        }
    }
    session.fail(QCoreApplication::translate(
                     "CliSession", "unknown command \"%1\". Run outpace-cli --help for the list.")
                     .arg(rest.first()),
        ExitUsage);
    return ExitUsage;
}

} // namespace outpace
