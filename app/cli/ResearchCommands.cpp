// The research data commands: derive the built-in occupation table, import the task-level label set into the
// personal database, show an imported occupation's tasks, and the occupation-level portrait.

#include "ResearchCommands.h"

#include "CliFormat.h"
#include "CliSession.h"

#include "research/ApplicabilityReader.h"
#include "research/BlsReader.h"
#include "research/DelimitedReader.h"
#include "research/LabelSetReader.h"
#include "research/OccupationRoleBuilder.h"
#include "research/OccupationTable.h"
#include "research/OccupationTableBuilder.h"
#include "research/ResearchStore.h"
#include "research/RoleSearch.h"
#include "scoring/RiskScorer.h"
#include "storage/PersonalDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace outpace {

namespace {

using namespace cli;

// Gives the free functions below one translation context.
class ResearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(ResearchCommands)
};

QString sourcesLine()
{
    return ResearchCommands::tr(
        "Sources: Eloundou et al. (2023), \"GPTs are GPTs\" (MIT licence; O*NET, CC BY 4.0); "
        "U.S. BLS OEWS May 2021; Tomlinson et al. (2025), \"Working with AI\" (Microsoft, "
        "CC BY 4.0).");
}

const OccupationTable *builtInTable(CliSession &session)
{
    const Result<OccupationTable> &table = OccupationTable::builtIn();
    if (!table) {
        session.fail(ResearchCommands::tr("the built-in occupation table is damaged: %1").arg(table.error()));
        return nullptr;
    }
    return &table.value();
}

QString number(const QLocale &locale, double value)
{
    return locale.toString(value, 'f', 1);
}

QString wageText(const QLocale &locale, const Occupation &o)
{
    if (o.medianWageTopCoded)
        return ResearchCommands::tr("above the BLS top code");
    if (!o.medianWage)
        return ResearchCommands::tr("not published");
    return locale.toCurrencyString(double(*o.medianWage), QStringLiteral("$"), 0);
}

QJsonObject lensJson(const ExposureFigures &figures)
{
    return {{QStringLiteral("alpha"), figures.alpha}, {QStringLiteral("beta"), figures.beta},
        {QStringLiteral("gamma"), figures.gamma}};
}

QJsonObject occupationJson(const OccupationTable &table, const Occupation &o, Language lang)
{
    QJsonArray similar;
    for (const Occupation *s : table.similarOccupations(o.code)) {
        similar << QJsonObject{{QStringLiteral("code"), s->code},
            {QStringLiteral("title"), s->title.in(lang)}, {QStringLiteral("exposure"), 100 * s->gpt4.beta}};
    }
    QJsonObject json{{QStringLiteral("code"), o.code}, {QStringLiteral("soc"), o.socCode},
        {QStringLiteral("title"), o.title.in(lang)}, {QStringLiteral("exposure"), 100 * o.gpt4.beta},
        {QStringLiteral("humanExposure"), 100 * o.human.beta},
        {QStringLiteral("automationPotential"), 100 * o.automation},
        {QStringLiteral("gpt4"), lensJson(o.gpt4)}, {QStringLiteral("human"), lensJson(o.human)},
        {QStringLiteral("tasks"), o.taskCount}, {QStringLiteral("coreTasks"), o.coreTaskCount},
        {QStringLiteral("battlefield"),
            QJsonObject{{QStringLiteral("automatedAlready"), o.automatedTasks},
                {QStringLiteral("needsOversight"), o.oversightTasks},
                {QStringLiteral("safeForNow"), o.safeTasks}}},
        {QStringLiteral("similar"), similar}};
    if (const auto p = table.percentileAmongWorkers(o.code))
        json.insert(QStringLiteral("percentileAmongWorkers"), *p);
    if (const auto p = table.percentileAmongWorkers(o.code, ExposureLens::Human))
        json.insert(QStringLiteral("percentileAmongWorkersHuman"), *p);
    if (o.employment)
        json.insert(QStringLiteral("employment"), double(*o.employment));
    if (o.medianWage)
        json.insert(QStringLiteral("medianWageUsd"), *o.medianWage);
    if (o.medianWageTopCoded)
        json.insert(QStringLiteral("medianWageTopCoded"), true);
    if (o.applicability)
        json.insert(QStringLiteral("aiApplicability"), *o.applicability);
    return json;
}

Result<std::unique_ptr<PersonalDatabase>> openDatabase(CliSession &session)
{
    OpenReport report;
    Result<std::unique_ptr<PersonalDatabase>> database
        = PersonalDatabase::open(session.dataDirectory(), &report);
    for (const QString &warning : report.warnings)
        session.err() << "outpace-cli: " << warning << '\n';
    return database;
}

void writeOccupationText(QTextStream &out, const OccupationTable &table, const Occupation &o, Language lang,
    const OccupationRole *imported)
{
    const QLocale locale = localeFor(lang);
    out << o.title.in(lang) << '\n';
    writeWrapped(out,
        ResearchCommands::tr("O*NET-SOC %1. An occupation from the research data: its figures are "
                             "the published ones, averaged over its %n task(s).",
            nullptr, o.taskCount)
            .arg(o.code),
        0);

    writeHeading(out, ResearchCommands::tr("Exposure to AI"));
    auto line = [&](const QString &label, double value) {
        out << "  " << label.leftJustified(30) << ' ' << number(locale, value).rightJustified(5) << "  "
            << bar(value) << '\n';
    };
    line(ResearchCommands::tr("GPT-4 exposure"), 100 * o.gpt4.beta);
    line(ResearchCommands::tr("Human-annotated exposure"), 100 * o.human.beta);
    line(ResearchCommands::tr("Automation potential"), 100 * o.automation);
    if (const auto p = table.percentileAmongWorkers(o.code)) {
        out << "  "
            << ResearchCommands::tr("%1 of workers are in less exposed occupations")
                   .arg(percent(locale, *p, 1))
            << '\n';
    }

    writeHeading(out, ResearchCommands::tr("Research lenses"));
    out << "  " << QString().leftJustified(24) << QStringLiteral("alpha").rightJustified(8)
        << QStringLiteral("beta").rightJustified(8) << QStringLiteral("gamma").rightJustified(8) << '\n';
    auto lensLine = [&](const QString &label, const ExposureFigures &f) {
        out << "  " << label.leftJustified(24) << number(locale, 100 * f.alpha).rightJustified(8)
            << number(locale, 100 * f.beta).rightJustified(8)
            << number(locale, 100 * f.gamma).rightJustified(8) << '\n';
    };
    lensLine(ResearchCommands::tr("GPT-4 labels"), o.gpt4);
    lensLine(ResearchCommands::tr("Human annotators"), o.human);
    writeWrapped(out,
        ResearchCommands::tr("alpha counts tasks an LLM alone speeds up by half; beta adds half of "
                             "those needing LLM-powered software; gamma adds all of them."));

    writeHeading(out, ResearchCommands::tr("Tasks"));
    if (imported) {
        // The imported tasks give the full battlefield; their statements are O*NET's, untranslated.
        writeWrapped(
            out, ResearchCommands::tr("The tasks below are the original O*NET statements, in English."));
        const RoleBaseline baseline = RiskScorer().baseline(imported->role);
        const QList<QPair<Battlefield, QString>> classes
            = {{Battlefield::AutomatedAlready, ResearchCommands::tr("Automated already: %1")},
                {Battlefield::NeedsOversight, ResearchCommands::tr("Needs human oversight: %1")},
                {Battlefield::SafeForNow, ResearchCommands::tr("Safe for now: %1")}};
        for (const auto &[battlefield, name] : classes) {
            out << '\n' << "  " << name.arg(baseline.battlefield.count(battlefield)) << '\n';
            for (qsizetype i = 0; i < imported->role.tasks.size(); ++i) {
                if (baseline.battlefield[i] == battlefield)
                    writeWrapped(out, imported->role.tasks[i].title.en, 6, QStringLiteral("- "));
            }
        }
        out << '\n';
        writeWrapped(out,
            ResearchCommands::tr(
                "Take the audit for this occupation with outpace-cli score %1 --answers FILE.")
                .arg(o.code));
    } else {
        out << "  " << ResearchCommands::tr("Automated already: %1").arg(o.automatedTasks) << '\n'
            << "  " << ResearchCommands::tr("Needs human oversight: %1").arg(o.oversightTasks) << '\n'
            << "  " << ResearchCommands::tr("Safe for now: %1").arg(o.safeTasks) << '\n';
        writeWrapped(out,
            ResearchCommands::tr("Import the label set (outpace-cli research import) to see each task and "
                                 "take the audit for this occupation."));
    }

    writeHeading(out, ResearchCommands::tr("Market (SOC %1)").arg(o.socCode));
    out << "  "
        << ResearchCommands::tr("Employment (BLS, May 2021): %1")
               .arg(o.employment ? locale.toString(*o.employment) : ResearchCommands::tr("not published"))
        << '\n'
        << "  " << ResearchCommands::tr("Median annual wage: %1").arg(wageText(locale, o)) << '\n'
        << "  "
        << ResearchCommands::tr("AI applicability (Microsoft, 0 to 1): %1")
               .arg(o.applicability ? locale.toString(*o.applicability, 'f', 2)
                                    : ResearchCommands::tr("not measured"))
        << '\n';

    const QList<const Occupation *> similar = table.similarOccupations(o.code);
    if (!similar.isEmpty()) {
        writeHeading(out, ResearchCommands::tr("Similar occupations"));
        for (const Occupation *s : similar) {
            out << "  " << s->code << "  " << s->title.in(lang).leftJustified(60) << ' '
                << number(locale, 100 * s->gpt4.beta).rightJustified(5) << '\n';
        }
    }
    out << '\n';
    writeWrapped(out, sourcesLine(), 0);
}

} // namespace

int printOccupationPortrait(CliSession &session, const QString &code, bool json)
{
    const OccupationTable *table = builtInTable(session);
    if (!table)
        return ExitRefused;
    const Occupation *o = table->occupation(code);
    if (!o) {
        return session.fail(
            ResearchCommands::tr("unknown occupation \"%1\": expected an O*NET-SOC code such as "
                                 "15-1252.00. Run outpace-cli roles --search to find one.")
                .arg(code));
    }
    // Imported task-level data is used when the user has some; a portrait never creates a database.
    std::optional<OccupationRole> imported;
    if (QFileInfo::exists(QDir(session.dataDirectory()).filePath(PersonalDatabase::fileName()))) {
        Result<std::unique_ptr<PersonalDatabase>> database = openDatabase(session);
        if (database) {
            const ResearchStore store(database.value()->connection());
            Result<std::optional<OccupationRole>> loaded
                = OccupationRoleBuilder::load(store, *table, o->code, ScoringModel::builtIn());
            if (loaded && loaded.value())
                imported = std::move(*loaded.value());
        }
    }
    if (json) {
        QJsonObject portrait = occupationJson(*table, *o, session.language());
        if (imported) {
            const RoleBaseline baseline = RiskScorer().baseline(imported->role);
            QJsonArray tasks;
            for (qsizetype i = 0; i < imported->role.tasks.size(); ++i) {
                tasks << QJsonObject{{QStringLiteral("id"), imported->role.tasks[i].id},
                    {QStringLiteral("statement"), imported->role.tasks[i].title.en},
                    {QStringLiteral("battlefield"), battlefieldKey(baseline.battlefield[i])}};
            }
            portrait.insert(QStringLiteral("tasks"), tasks);
            portrait.insert(QStringLiteral("tasksInOriginalEnglish"), true);
        }
        session.out() << QString::fromUtf8(QJsonDocument(portrait).toJson(QJsonDocument::Indented));
    } else {
        writeOccupationText(session.out(), *table, *o, session.language(), imported ? &*imported : nullptr);
    }
    return ExitOk;
}

int printRoleSearch(CliSession &session, const QString &query, bool json, int limit)
{
    const OccupationTable *table = builtInTable(session);
    const Catalog *catalog = session.catalog();
    if (!table || !catalog)
        return ExitRefused;
    const RoleSearch search(catalog, table);
    const QList<SearchMatch> found = search.search(query, limit);
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
                      << m.title.in(lang) << '\n';
    }
    return ExitOk;
}

namespace {

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

    OccupationTableBuilder builder;
    Status status
        = LabelSetReader::readFile(parser.value(QStringLiteral("labels")), [&builder](const LabelSetTask &t) {
              builder.addTask(t);
              return success();
          });
    if (!status)
        return session.fail(status.error());
    const Result<QList<BlsOccupation>> bls = BlsReader::readFile(parser.value(QStringLiteral("bls")));
    if (!bls)
        return session.fail(bls.error());
    for (const BlsOccupation &row : bls.value())
        builder.addBls(row);
    const Result<QList<ApplicabilityScore>> scores
        = ApplicabilityReader::readFile(parser.value(QStringLiteral("applicability")));
    if (!scores)
        return session.fail(scores.error());
    for (const ApplicabilityScore &row : scores.value())
        builder.addApplicability(row);

    const QString titlesPath = parser.isSet(QStringLiteral("titles-fr"))
        ? parser.value(QStringLiteral("titles-fr"))
        : QStringLiteral(":/research/occupation-titles-fr.tsv");
    OutsideFile titles(titlesPath, OutsideFile::researchLimit);
    if (Status opened = openResearchFile(titles); !opened)
        return session.fail(opened.error());
    if (Status read = builder.readFrenchTitles(titles, QDir::toNativeSeparators(titlesPath)); !read)
        return session.fail(read.error());

    const Result<QList<Occupation>> occupations = builder.build();
    if (!occupations)
        return session.fail(occupations.error());
    QSaveFile out(parser.value(QStringLiteral("output")));
    if (!out.open(QIODevice::WriteOnly) || out.write(OccupationTable::write(occupations.value())) < 0
        || !out.commit()) {
        return session.fail(ResearchCommands::tr("cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
    }
    session.out() << ResearchCommands::tr("Wrote %n occupation(s) to %1.", nullptr, int(occupations->size()))
                         .arg(QDir::toNativeSeparators(out.fileName()))
                  << '\n';
    return ExitOk;
}

int runImport(CliSession &session, const QStringList &arguments)
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

    Result<std::unique_ptr<PersonalDatabase>> database = openDatabase(session);
    if (!database)
        return session.fail(database.error());
    ResearchStore store(database.value()->connection());
    const ResearchImportFiles files{parser.value(QStringLiteral("labels")),
        parser.value(QStringLiteral("bls")), parser.value(QStringLiteral("applicability"))};
    const Result<ResearchImportSummary> summary = store.import(files, database.value()->now());
    if (!summary) {
        session.fail(summary.error());
        session.err() << ResearchCommands::tr("Nothing was imported; your data is as it was.") << '\n';
        return ExitRefused;
    }
    QTextStream &out = session.out();
    out << ResearchCommands::tr(
        "Imported the tasks of %n occupation(s): %1 in all.", nullptr, summary->occupations)
               .arg(summary->tasks)
        << '\n';
    if (summary->blsOccupations >= 0)
        out << ResearchCommands::tr(
            "Imported BLS figures for %n occupation(s).", nullptr, summary->blsOccupations)
            << '\n';
    if (summary->applicabilityOccupations >= 0)
        out << ResearchCommands::tr(
            "Imported applicability scores for %n occupation(s).", nullptr, summary->applicabilityOccupations)
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
    const OccupationTable *table = builtInTable(session);
    if (!table)
        return ExitRefused;
    const QString code = parser.positionalArguments().first();
    Result<std::unique_ptr<PersonalDatabase>> database = openDatabase(session);
    if (!database)
        return session.fail(database.error());
    const ResearchStore store(database.value()->connection());
    const Result<std::optional<OccupationRole>> loaded
        = OccupationRoleBuilder::load(store, *table, code, ScoringModel::builtIn());
    if (!loaded)
        return session.fail(loaded.error());
    if (!loaded.value()) {
        return session.fail(
            ResearchCommands::tr("no imported tasks for \"%1\": run outpace-cli research import "
                                 "--labels full_labelset.tsv first, or check the code.")
                .arg(code));
    }
    const OccupationRole &built = *loaded.value();
    const RiskScorer scorer;
    const RoleBaseline baseline = scorer.baseline(built.role);
    const RoleBaseline human = scorer.baseline(built.role, Lens::Human);
    const Language lang = session.language();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (qsizetype i = 0; i < built.role.tasks.size(); ++i) {
            const RoleTask &t = built.role.tasks[i];
            list << QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("statement"), t.title.en},
                {QStringLiteral("type"), t.links.first().onetType},
                {QStringLiteral("gpt4Exposure"), t.links.first().gpt4Exposure},
                {QStringLiteral("humanExposure"), t.links.first().humanExposure},
                {QStringLiteral("automation"), t.links.first().automation},
                {QStringLiteral("battlefield"), battlefieldKey(baseline.battlefield[i])}};
        }
        const QJsonObject json{{QStringLiteral("code"), built.role.id},
            {QStringLiteral("title"), built.role.title.in(lang)},
            {QStringLiteral("exposure"), baseline.exposure},
            {QStringLiteral("humanExposure"), human.exposure},
            {QStringLiteral("automationPotential"), baseline.automation},
            {QStringLiteral("tasksInOriginalEnglish"), built.tasksInOriginalEnglish},
            {QStringLiteral("tasks"), list}};
        session.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const QLocale locale = localeFor(lang);
    QTextStream &out = session.out();
    out << built.role.title.in(lang) << " (" << built.role.id << ")\n";
    out << "  "
        << ResearchCommands::tr("GPT-4 exposure %1, human %2, automation potential %3")
               .arg(number(locale, baseline.exposure), number(locale, human.exposure),
                   number(locale, baseline.automation))
        << '\n';
    writeWrapped(out, ResearchCommands::tr("The tasks below are the original O*NET statements, in English."));
    const QList<QPair<Battlefield, QString>> classes
        = {{Battlefield::AutomatedAlready, ResearchCommands::tr("Automated already")},
            {Battlefield::NeedsOversight, ResearchCommands::tr("Needs human oversight")},
            {Battlefield::SafeForNow, ResearchCommands::tr("Safe for now")}};
    for (const auto &[battlefield, name] : classes) {
        if (!baseline.battlefield.contains(battlefield))
            continue;
        writeHeading(out, name);
        for (qsizetype i = 0; i < built.role.tasks.size(); ++i) {
            if (baseline.battlefield[i] != battlefield)
                continue;
            const OnetTaskLink &link = built.role.tasks[i].links.first();
            writeWrapped(out, built.role.tasks[i].title.en, 14,
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
        return runImport(session, arguments);
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

std::optional<OccupationRole> loadImportedOccupation(CliSession &session, const QString &code)
{
    const OccupationTable *table = builtInTable(session);
    if (!table)
        return std::nullopt;
    Result<std::unique_ptr<PersonalDatabase>> database = openDatabase(session);
    if (!database) {
        session.fail(database.error());
        return std::nullopt;
    }
    const ResearchStore store(database.value()->connection());
    Result<std::optional<OccupationRole>> loaded
        = OccupationRoleBuilder::load(store, *table, code, ScoringModel::builtIn());
    if (!loaded) {
        session.fail(loaded.error());
        return std::nullopt;
    }
    if (!loaded.value()) {
        session.fail(ResearchCommands::tr("no imported tasks for \"%1\": run outpace-cli research import "
                                          "--labels full_labelset.tsv first, or check the code.")
                         .arg(code));
        return std::nullopt;
    }
    return std::move(loaded).value();
}

bool looksLikeOccupationCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d\\d-\\d\\d\\d\\d(\\.\\d\\d)?$"));
    return pattern.match(text).hasMatch();
}

} // namespace outpace
