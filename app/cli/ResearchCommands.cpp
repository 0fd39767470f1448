// The research data commands: derive the built-in occupation table, import the task-level label set into the
// personal database, and show an imported occupation's tasks. Each is a call into the workspace.

#include "ResearchCommands.h"

#include "CliFormat.h"
#include "CliSession.h"

#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace outpace {

namespace {

using namespace cli;

// Gives the free functions below one translation context.
class ResearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(ResearchCommands)
};

QStringList subcommandArguments(const QStringList &arguments)
{
    // QCommandLineParser takes the first word as the program name: "research derive" stands for it.
    return QStringList{arguments.value(0) + QLatin1Char(' ') + arguments.value(1)} + arguments.mid(2);
}

QCommandLineOption fileOption(const QString &name, const QString &description)
{
    return QCommandLineOption(name, description, QStringLiteral("file"));
}

int runDerive(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        fileOption(QStringLiteral("labels"), ResearchCommands::tr("The label set (full_labelset.tsv).")));
    parser.addOption(
        fileOption(QStringLiteral("bls"), ResearchCommands::tr("The BLS table (national_May2021_dl.csv).")));
    parser.addOption(fileOption(QStringLiteral("applicability"),
        ResearchCommands::tr("The Microsoft scores (soc_ai_applicability_scores.csv).")));
    parser.addOption(fileOption(
        QStringLiteral("titles-fr"), ResearchCommands::tr("French titles (default: the built-in ones).")));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
        ResearchCommands::tr("Where to write the occupation table."), QStringLiteral("file")));
    const QString usage
        = QStringLiteral("research derive --labels FILE --bls FILE --applicability FILE -o FILE");
    if (!session.parse(parser, subcommandArguments(arguments), usage))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    for (const QString &required : {QStringLiteral("labels"), QStringLiteral("bls"),
             QStringLiteral("applicability"), QStringLiteral("output")}) {
        if (parser.value(required).isEmpty())
            return session.fail(
                ResearchCommands::tr("--%1 is required. Usage: outpace-cli %2").arg(required, usage),
                ExitUsage);
    }
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    QFuture<Result<QByteArray>> job = workspace->deriveOccupationTable(
        {parser.value(QStringLiteral("labels")), parser.value(QStringLiteral("bls")),
            parser.value(QStringLiteral("applicability"))},
        parser.value(QStringLiteral("titles-fr")));
    const Result<QByteArray> table = job.result();
    if (!table)
        return session.failWith(table.errors());
    QSaveFile out(parser.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly) || out.write(table.value()) < 0 || !out.commit()) {
        return session.fail(ResearchCommands::tr("cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
    }
    // One line per occupation after the header.
    const int rows = int(table->count('\n')) - 1;
    session.out() << (rows == 1 ? ResearchCommands::tr("Wrote 1 occupation to %1.")
                                : ResearchCommands::tr("Wrote %n occupations to %1.", nullptr, rows))
                         .arg(QDir::toNativeSeparators(out.fileName()))
                  << '\n';
    return ExitOk;
}

int runResearchImport(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        fileOption(QStringLiteral("labels"), ResearchCommands::tr("The label set (full_labelset.tsv).")));
    parser.addOption(
        fileOption(QStringLiteral("bls"), ResearchCommands::tr("The BLS table (national_May2021_dl.csv).")));
    parser.addOption(fileOption(QStringLiteral("applicability"),
        ResearchCommands::tr("The Microsoft scores (soc_ai_applicability_scores.csv).")));
    const QString usage = QStringLiteral("research import --labels FILE [--bls FILE] [--applicability FILE]");
    if (!session.parse(parser, subcommandArguments(arguments), usage))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.value(QStringLiteral("labels")).isEmpty())
        return session.fail(
            ResearchCommands::tr("--labels is required. Usage: outpace-cli %1").arg(usage), ExitUsage);
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const ResearchImportFiles files{parser.value(QStringLiteral("labels")),
        parser.value(QStringLiteral("bls")), parser.value(QStringLiteral("applicability"))};
    const Result<ResearchImportSummary> summary = workspace->importResearch(files).result();
    if (!summary) {
        session.failWith(summary.errors());
        session.err() << ResearchCommands::tr("Nothing was imported; your data is as it was.") << '\n';
        return ExitRefused;
    }
    QTextStream &out = session.out();
    out << (summary->occupations == 1
            ? ResearchCommands::tr("Imported the tasks of 1 occupation: %1 in all.")
            : ResearchCommands::tr(
                "Imported the tasks of %n occupations: %1 in all.", nullptr, summary->occupations))
               .arg(summary->tasks)
        << '\n';
    if (summary->blsOccupations >= 0)
        out << (summary->blsOccupations == 1
                ? ResearchCommands::tr("Imported BLS figures for 1 occupation.")
                : ResearchCommands::tr(
                    "Imported BLS figures for %n occupations.", nullptr, summary->blsOccupations))
            << '\n';
    if (summary->applicabilityOccupations >= 0)
        out << (summary->applicabilityOccupations == 1
                ? ResearchCommands::tr("Imported applicability scores for 1 occupation.")
                : ResearchCommands::tr("Imported applicability scores for %n occupations.", nullptr,
                    summary->applicabilityOccupations))
            << '\n';
    return ExitOk;
}

int runTasks(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), ResearchCommands::tr("Print JSON instead of text.")));
    parser.addPositionalArgument(QStringLiteral("code"), ResearchCommands::tr("An O*NET-SOC code."));
    const QString usage = QStringLiteral("research tasks CODE [--json]");
    if (!session.parse(parser, subcommandArguments(arguments), usage))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return session.fail(ResearchCommands::tr("expected exactly one O*NET-SOC code."), ExitUsage);
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const QString code = parser.positionalArguments().first();
    const Result<RoleRef> ref = workspace->lookup().find(code, session.language());
    if (!ref || ref->isRole())
        return session.fail(
            ResearchCommands::tr("no imported tasks for \"%1\": run outpace-cli research import "
                                 "--labels full_labelset.tsv first, or check the code.")
                .arg(code));
    if (Result<bool> imported = workspace->hasResearchTasks(); !imported)
        return session.failWith(imported.errors());
    const Result<RolePortrait> portrait = workspace->portrait(ref.value(), session.language());
    if (!portrait)
        return session.failWith(portrait.errors());
    if (portrait->tasks.isEmpty()) {
        return session.fail(
            ResearchCommands::tr("no imported tasks for \"%1\": run outpace-cli research import "
                                 "--labels full_labelset.tsv first, or check the code.")
                .arg(code));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const PortraitTask &task : portrait->tasks) {
            const PortraitTaskLink &link = task.links.first();
            list << QJsonObject{{QStringLiteral("id"), task.id}, {QStringLiteral("statement"), task.title},
                {QStringLiteral("type"), link.onetType}, {QStringLiteral("gpt4Exposure"), link.gpt4Exposure},
                {QStringLiteral("humanExposure"), link.humanExposure},
                {QStringLiteral("automation"), link.automation},
                {QStringLiteral("battlefield"), battlefieldKey(task.battlefield)}};
        }
        const QJsonObject json{{QStringLiteral("code"), portrait->ref.id},
            {QStringLiteral("title"), portrait->title}, {QStringLiteral("exposure"), portrait->exposureGpt4},
            {QStringLiteral("humanExposure"), portrait->exposureHuman},
            {QStringLiteral("automationPotential"), portrait->automation},
            {QStringLiteral("tasksInOriginalEnglish"), portrait->tasksInOriginalEnglish},
            {QStringLiteral("tasks"), list}};
        session.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QLocale locale = localeOf(session.language());
    QTextStream &out = session.out();
    out << portrait->title << " (" << portrait->ref.id << ")\n";
    writeWrapped(out,
        ResearchCommands::tr("GPT-4 exposure %1, human %2, automation potential %3")
            .arg(locale.toString(portrait->exposureGpt4, 'f', 1),
                locale.toString(portrait->exposureHuman, 'f', 1),
                locale.toString(portrait->automation, 'f', 1)));
    writeWrapped(out, ResearchCommands::tr("The tasks below are the original O*NET statements, in English."));
    for (Battlefield battlefield :
        {Battlefield::AutomatedAlready, Battlefield::NeedsOversight, Battlefield::SafeForNow}) {
        if (portrait->count(battlefield) == 0)
            continue;
        writeHeading(out, DisplayNames::battlefield(battlefield));
        for (const PortraitTask &task : portrait->tasks) {
            if (task.battlefield != battlefield)
                continue;
            const PortraitTaskLink &link = task.links.first();
            writeWrapped(out, task.title, 14,
                link.gpt4Exposure + QLatin1Char('/') + link.humanExposure + QLatin1Char(' ') + link.automation
                    + QLatin1Char(' '));
        }
    }
    return ExitOk;
}

int runResearch(CliSession &session, const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("derive"))
        return runDerive(session, arguments);
    if (sub == QLatin1String("import"))
        return runResearchImport(session, arguments);
    if (sub == QLatin1String("tasks"))
        return runTasks(session, arguments);
    if (sub.isEmpty()) {
        session.err() << ResearchCommands::tr("Usage: outpace-cli research derive|import|tasks [options]")
                      << '\n';
        return ExitUsage;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        session.out() << ResearchCommands::tr("Usage: outpace-cli research derive|import|tasks [options]")
                      << '\n';
        return ExitOk;
    }
    return session.fail(
        ResearchCommands::tr("expected derive, import or tasks after research, found \"%1\".").arg(sub),
        ExitUsage);
}

} // namespace

QList<CliCommand> researchCommands()
{
    return {{QStringLiteral("research"), QStringLiteral("derive|import|tasks ..."),
        ResearchCommands::tr("Import the research data, or derive the occupation table."), runResearch}};
}

int printRoleSearch(CliSession &session, const QString &query, bool json, int limit)
{
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const QList<SearchMatch> found = workspace->lookup().search(query, limit);
    const Language lang = session.language();
    if (json) {
        QJsonArray matches;
        for (const SearchMatch &m : found) {
            matches << QJsonObject{{QStringLiteral("kind"),
                                       m.kind == SearchMatch::Kind::Role ? QStringLiteral("role")
                                                                         : QStringLiteral("occupation")},
                {QStringLiteral("id"), m.id}, {QStringLiteral("onetCode"), m.code},
                {QStringLiteral("title"), m.title.in(lang)}};
        }
        session.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("matches"), matches}})
                .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (found.isEmpty())
        return session.fail(
            ResearchCommands::tr("nothing matches \"%1\": try fewer letters, or an O*NET-SOC code "
                                 "such as 15-1252.")
                .arg(query));
    for (const SearchMatch &m : found) {
        const QString kind = m.kind == SearchMatch::Kind::Role ? ResearchCommands::tr("role")
                                                               : ResearchCommands::tr("occupation");
        session.out() << "  " << m.id.leftJustified(34) << ' ' << kind.leftJustified(10) << ' '
                      << elided(m.title.in(lang), 52) << '\n';
    }
    return ExitOk;
}

} // namespace outpace
