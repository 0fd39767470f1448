#include "CliSession.h"
#include "CliFormat.h"

#include "catalog/CatalogLoader.h"
#include "common/Translations.h"
#include "common/Utf8.h"
#include "scoring/TaskLabelling.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

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

namespace {

// The names a usage line or an option help gives to what the user types, in the reader's language.
QString placeholderName(const QString &name)
{
    static const char *const names[][2]
        = {//: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"COMMAND", QT_TRANSLATE_NOOP("CliSession", "COMMAND")},
            //: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"ROLE", QT_TRANSLATE_NOOP("CliSession", "ROLE")},
            //: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"FILE", QT_TRANSLATE_NOOP("CliSession", "FILE")},
            //: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"FOLDER", QT_TRANSLATE_NOOP("CliSession", "FOLDER")},
            //: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"NAME", QT_TRANSLATE_NOOP("CliSession", "NAME")},
            //: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"TEXT", QT_TRANSLATE_NOOP("CliSession", "TEXT")},
            //: A placeholder in a usage line, for what the user types; upper case, no spaces.
            {"STEP", QT_TRANSLATE_NOOP("CliSession", "STEP")},
            //: A placeholder in a usage line: an O*NET-SOC occupation code; upper case, no spaces.
            {"O*NET-CODE", QT_TRANSLATE_NOOP("CliSession", "O*NET-CODE")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"role", QT_TRANSLATE_NOOP("CliSession", "role")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"file", QT_TRANSLATE_NOOP("CliSession", "file")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"folder", QT_TRANSLATE_NOOP("CliSession", "folder")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"name", QT_TRANSLATE_NOOP("CliSession", "name")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"text", QT_TRANSLATE_NOOP("CliSession", "text")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"status", QT_TRANSLATE_NOOP("CliSession", "status")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"week", QT_TRANSLATE_NOOP("CliSession", "week")},
            //: A placeholder in an option's help, for the value the user types; lower case.
            {"hours", QT_TRANSLATE_NOOP("CliSession", "hours")},
            //: A placeholder in an option's help: a date written year-month-day; keep the order.
            {"yyyy-mm-dd", QT_TRANSLATE_NOOP("CliSession", "yyyy-mm-dd")}};
    for (const auto &entry : names) {
        if (name == QLatin1String(entry[0]))
            return QCoreApplication::translate("CliSession", entry[1]);
    }
    return name;
}

// Usage lines and Qt's option help are written with English placeholders; a French reader gets French
// ones. The option and command names themselves stay as they are typed.
QString withLocalPlaceholders(const QString &text)
{
    static const QRegularExpression upper(QStringLiteral("(?<![\\w-])(O\\*NET-CODE|[A-Z]{4,})(?![\\w-])"));
    static const QRegularExpression angled(QStringLiteral("<([a-z][a-z-]*)>"));
    static const QRegularExpression positional(
        QStringLiteral("^(  )(role|file|name)(?= )"), QRegularExpression::MultilineOption);
    QString result = text;
    for (const QRegularExpression *pattern : {&upper, &angled, &positional}) {
        QString rewritten;
        qsizetype last = 0;
        for (auto it = pattern->globalMatch(result); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const int group = pattern == &positional ? 2 : 1;
            const QString local = placeholderName(match.captured(group));
            rewritten += result.mid(last, match.capturedStart(group) - last) + local
                + result.mid(match.capturedEnd(group), match.capturedEnd(0) - match.capturedEnd(group));
            last = match.capturedEnd(0);
            // Keep Qt's help columns aligned: the spaces after the name absorb the change of length.
            qsizetype spaces = 0;
            while (last + spaces < result.size() && result.at(last + spaces) == QLatin1Char(' '))
                ++spaces;
            if (spaces >= 2) {
                const qsizetype growth = local.size() - match.capturedLength(group);
                rewritten += QString(std::max<qsizetype>(1, spaces - growth), QLatin1Char(' '));
                last += spaces;
            }
        }
        rewritten += result.mid(last);
        result = rewritten;
    }
    return result;
}

} // namespace

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
        cli::writeUsage(m_err,
            QCoreApplication::translate("CliSession", "Usage: outpace-cli %1")
                .arg(withLocalPlaceholders(usage)));
        return false;
    }
    if (parser.isSet(help)) {
        cli::writeUsage(m_out,
            QCoreApplication::translate("CliSession", "Usage: outpace-cli %1")
                .arg(withLocalPlaceholders(usage)));
        m_out << '\n';
        m_out << withLocalPlaceholders(parser.helpText().section(QLatin1Char('\n'), 2));
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
    if (parser.isSet(dataDir)) {
        m_dataDir = parser.value(dataDir);
        if (m_dataDir.isEmpty()) {
            fail(QCoreApplication::translate(
                     "CliSession", "--data-dir: expected a folder, not an empty text."),
                ExitUsage);
            return false;
        }
    }
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
        out << "  "
            << (command.name + QLatin1Char(' ') + withLocalPlaceholders(command.usage)).leftJustified(46)
            << ' ' << command.summary << '\n';
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

int runCli(
    const QStringList &arguments, QTextStream &out, QTextStream &err, const QByteArrayList &rawArguments)
{
    CliSession session(out, err);
    // Global options may come before the command; the language one matters for the overview.
    QStringList rest = arguments;
    for (int i = 0; i + 1 < rest.size(); ++i) {
        Language chosen;
        if (rest[i] == QLatin1String("--lang") && languageFromCode(rest[i + 1], &chosen))
            session.setLanguage(chosen);
    }
    // Qt replaces bytes that are not UTF-8 in silence; a name or a note would be saved changed.
    for (qsizetype i = 0; i < rawArguments.size(); ++i) {
        const qsizetype bad = firstInvalidUtf8(rawArguments[i].constData(), rawArguments[i].size());
        if (bad >= 0) {
            //: %1 is the argument's position on the command line, %2 a byte position in it (from 1).
            return session.fail(
                QCoreApplication::translate("CliSession",
                    "argument %1: byte %2 is not valid UTF-8; expected text in UTF-8. Nothing was done.")
                    .arg(i + 1)
                    .arg(bad + 1),
                ExitUsage);
        }
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
