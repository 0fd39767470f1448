// The commands over the built-in catalog and the scoring engine: roles, portrait, score, catalog check.

#include "CliFormat.h"
#include "CliSession.h"
#include "PortraitPrinter.h"
#include "ResearchCommands.h"

#include "ScorePrinter.h"

#include "scoring/TaskLabelling.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace outpace {

namespace {

using namespace cli;

// Gives the free functions below one translation context.
class CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommands)
};

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CatalogCommands::tr("Print JSON instead of text."));
}

QCommandLineOption lensOption()
{
    return QCommandLineOption(QStringLiteral("lens"),
        CatalogCommands::tr("Exposure labels: gpt4 (default) or human."), QStringLiteral("gpt4|human"),
        QStringLiteral("gpt4"));
}

bool readLens(CliSession &session, const QCommandLineParser &parser, Lens *lens)
{
    if (lensFromKey(parser.value(QStringLiteral("lens")), lens))
        return true;
    session.fail(CatalogCommands::tr("unknown lens \"%1\": expected gpt4 or human.")
                     .arg(parser.value(QStringLiteral("lens"))),
        ExitUsage);
    return false;
}

// The one positional argument a command needs, or a usage error.
bool singleArgument(
    CliSession &session, const QCommandLineParser &parser, const QString &what, QString *value)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        session.fail(CatalogCommands::tr("expected exactly one %1.").arg(what), ExitUsage);
        return false;
    }
    *value = positional.first();
    return true;
}

// The role or occupation the user named, or a message saying what was expected.
std::optional<RoleRef> findRole(CliSession &session, Workspace &workspace, const QString &text)
{
    Result<RoleRef> found = workspace.lookup().find(text, session.language());
    if (!found) {
        session.failWith(found.errors());
        return std::nullopt;
    }
    return found.value();
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int runRoles(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(QCommandLineOption(QStringLiteral("search"),
        CatalogCommands::tr("Find curated roles and O*NET occupations by title (English or French) or code."),
        QStringLiteral("text")));
    if (!session.parse(parser, arguments, QStringLiteral("roles [--search TEXT] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const Catalog *catalog = session.catalog();
    if (!catalog)
        return ExitRefused;
    if (parser.isSet(QStringLiteral("search")))
        return printRoleSearch(
            session, parser.value(QStringLiteral("search")), parser.isSet(QStringLiteral("json")));
    const Workspace &workspace = *session.workspace();
    const Language lang = session.language();
    const QLocale locale = localeOf(lang);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray roles;
        for (const Role &role : catalog->roles()) {
            const RoleBaseline baseline = workspace.baseline(role);
            roles << QJsonObject{{QStringLiteral("id"), role.id},
                {QStringLiteral("title"), role.title.in(lang)}, {QStringLiteral("sector"), role.sectorId},
                {QStringLiteral("onetCode"), role.onetCodes.value(0)},
                {QStringLiteral("automationPotential"), baseline.automation},
                {QStringLiteral("exposure"), baseline.exposure}};
        }
        writeJson(session.out(), QJsonObject{{QStringLiteral("roles"), roles}});
        return ExitOk;
    }

    QTextStream &out = session.out();
    for (const NamedItem &sector : catalog->sectors()) {
        bool headed = false;
        for (const Role &role : catalog->roles()) {
            if (role.sectorId != sector.id)
                continue;
            if (!headed)
                out << sector.name.in(lang) << '\n';
            headed = true;
            const RoleBaseline baseline = workspace.baseline(role);
            out << "  " << role.id.leftJustified(34) << elided(role.title.in(lang), 43).leftJustified(44)
                << ' ' << CatalogCommands::tr("automation %1").arg(percent(locale, baseline.automation, 0))
                << '\n';
        }
    }
    return ExitOk;
}

int runPortrait(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(lensOption());
    parser.addPositionalArgument(
        QStringLiteral("role"), CatalogCommands::tr("A role id from outpace-cli roles."));
    const QString usage = QStringLiteral("portrait ROLE [--lang en|fr] [--lens gpt4|human] [--json]");
    if (!session.parse(parser, arguments, usage))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    QString roleId;
    Lens lens;
    if (!singleArgument(session, parser, CatalogCommands::tr("role"), &roleId)
        || !readLens(session, parser, &lens))
        return ExitUsage;
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const std::optional<RoleRef> ref = findRole(session, *workspace, roleId);
    if (!ref)
        return ExitRefused;
    const Result<RolePortrait> portrait = workspace->portrait(*ref, session.language(), lens);
    if (!portrait)
        return session.failWith(portrait.errors());
    if (parser.isSet(QStringLiteral("json")))
        writeJson(session.out(), portrait->toJson());
    else
        PortraitPrinter::writeText(session.out(), portrait.value());
    return ExitOk;
}

int runScore(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(lensOption());
    parser.addOption(QCommandLineOption(QStringLiteral("answers"),
        CatalogCommands::tr("Your answers file (JSON); without it, the role's default answers."),
        QStringLiteral("file")));
    parser.addPositionalArgument(
        QStringLiteral("role"), CatalogCommands::tr("A role id from outpace-cli roles."));
    const QString usage = QStringLiteral("score ROLE [--answers FILE] [--lens gpt4|human] [--json]");
    if (!session.parse(parser, arguments, usage))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    QString roleId;
    Lens lens;
    if (!singleArgument(session, parser, CatalogCommands::tr("role"), &roleId)
        || !readLens(session, parser, &lens))
        return ExitUsage;
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const std::optional<RoleRef> ref = findRole(session, *workspace, roleId);
    if (!ref)
        return ExitRefused;
    // An O*NET occupation can be audited once its tasks are imported; its task titles stay in English.
    const Result<ScorableRole> role = workspace->scorableRole(*ref);
    if (!role)
        return session.failWith(role.errors());
    const bool defaults = !parser.isSet(QStringLiteral("answers"));
    Result<AuditAnswers> answers = defaults
        ? workspace->defaultAnswers(*ref)
        : workspace->readAnswers(*ref, parser.value(QStringLiteral("answers")));
    if (!answers)
        return session.failWith(answers.errors());
    const Result<AuditOutcome> outcome = workspace->score(*ref, answers.value(), session.language(), lens);
    if (!outcome)
        return session.failWith(outcome.errors());
    if (parser.isSet(QStringLiteral("json")))
        writeJson(session.out(), outcome->toJson());
    else
        ScorePrinter::writeText(session.out(), outcome.value(), role->role, defaults);
    return ExitOk;
}

// Counts the problems that are a text missing or empty in one language, from the loader's messages.
int missingTexts(const QStringList &errors, const QString &languageKey)
{
    int count = 0;
    const QString missing = QLatin1Char('.') + languageKey + QStringLiteral(": ");
    for (const QString &error : errors) {
        if (error.contains(missing))
            ++count;
    }
    return count;
}

int runCatalogCheck(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("dir"),
        CatalogCommands::tr(
            "Check a catalog folder (catalog.json, tools/, roles/) instead of the built-in one."),
        QStringLiteral("folder")));
    parser.addPositionalArgument(QStringLiteral("check"), CatalogCommands::tr("The only action: check."));
    if (!session.parse(parser, arguments, QStringLiteral("catalog check [--dir FOLDER]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.positionalArguments() != QStringList{QStringLiteral("check")})
        return session.fail(CatalogCommands::tr("expected: outpace-cli catalog check"), ExitUsage);

    const Result<Catalog> loaded = parser.isSet(QStringLiteral("dir"))
        ? LabelledCatalog::loadFromDirectory(parser.value(QStringLiteral("dir")))
        : LabelledCatalog::loadBuiltIn();
    QTextStream &out = session.out();
    if (!loaded) {
        for (const QString &problem : loaded.errors())
            session.err() << problem << '\n';
        session.err() << '\n'
                      << CatalogCommands::tr("Texts missing: %1 in English, %2 in French.")
                             .arg(missingTexts(loaded.errors(), QStringLiteral("en")))
                             .arg(missingTexts(loaded.errors(), QStringLiteral("fr")))
                      << '\n';
        return session.fail(((int(loaded.errors().size())) == 1
                ? CatalogCommands::tr("One problem found; the catalog is refused.")
                : CatalogCommands::tr(
                    "%n problems found; the catalog is refused.", nullptr, int(loaded.errors().size()))));
    }

    const Catalog &catalog = loaded.value();
    const Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const Language lang = session.language();
    out << CatalogCommands::tr("Sector").leftJustified(34) << CatalogCommands::tr("Roles").rightJustified(6)
        << CatalogCommands::tr("Tasks").rightJustified(7)
        << CatalogCommands::tr("Automated").rightJustified(11)
        << CatalogCommands::tr("Oversight").rightJustified(11)
        << CatalogCommands::tr("Safe").rightJustified(10) << '\n';
    int totals[5] = {0, 0, 0, 0, 0};
    int sectorsWithRoles = 0;
    for (const NamedItem &sector : catalog.sectors()) {
        int counts[5] = {0, 0, 0, 0, 0};
        for (const Role &role : catalog.roles()) {
            if (role.sectorId != sector.id)
                continue;
            ++counts[0];
            counts[1] += int(role.tasks.size());
            for (Battlefield group : workspace->baseline(role).battlefield)
                ++counts[2 + static_cast<int>(group)];
        }
        if (counts[0] > 0)
            ++sectorsWithRoles;
        for (int i = 0; i < 5; ++i)
            totals[i] += counts[i];
        out << sector.name.in(lang).leftJustified(34) << QString::number(counts[0]).rightJustified(6)
            << QString::number(counts[1]).rightJustified(7) << QString::number(counts[2]).rightJustified(11)
            << QString::number(counts[3]).rightJustified(11) << QString::number(counts[4]).rightJustified(10)
            << '\n';
    }
    out << CatalogCommands::tr("All sectors").leftJustified(34)
        << QString::number(totals[0]).rightJustified(6) << QString::number(totals[1]).rightJustified(7)
        << QString::number(totals[2]).rightJustified(11) << QString::number(totals[3]).rightJustified(11)
        << QString::number(totals[4]).rightJustified(10) << "\n\n";

    int deviations = 0;
    for (const Role &role : catalog.roles()) {
        for (const RoleTask &task : role.tasks)
            deviations += task.deviation ? 1 : 0;
    }
    out << CatalogCommands::tr(
        "AI tools: %1. Sectors with roles: %2 of %3. Tasks departing from their research label: %4.")
               .arg(catalog.tools().size())
               .arg(sectorsWithRoles)
               .arg(catalog.sectors().size())
               .arg(deviations)
        << '\n';
    out << CatalogCommands::tr("Texts missing: %1 in English, %2 in French.").arg(0).arg(0) << '\n';
    out << CatalogCommands::tr("The catalog is valid.") << '\n';
    return ExitOk;
}

int runTools(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!session.parse(parser, arguments, QStringLiteral("tools [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const Catalog *catalog = session.catalog();
    if (!catalog)
        return ExitRefused;
    const Language lang = session.language();
    auto reachNames = [&](const AiTool &tool) {
        QStringList names;
        for (const QString &id : tool.reachIds)
            names << catalog->reach(id)->name.in(lang);
        return names;
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray tools;
        for (const AiTool &tool : catalog->tools()) {
            QStringList roles;
            for (const Role *role : catalog->rolesUsingTool(tool.id))
                roles << role->id;
            tools << QJsonObject{{QStringLiteral("id"), tool.id}, {QStringLiteral("name"), tool.name},
                {QStringLiteral("vendor"), tool.vendor}, {QStringLiteral("category"), tool.categoryId},
                {QStringLiteral("description"), tool.description.in(lang)},
                {QStringLiteral("reaches"), QJsonArray::fromStringList(tool.reachIds)},
                {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
        }
        writeJson(session.out(), QJsonObject{{QStringLiteral("tools"), tools}});
        return ExitOk;
    }
    QTextStream &out = session.out();
    for (const NamedItem &category : catalog->categories()) {
        bool headed = false;
        for (const AiTool &tool : catalog->tools()) {
            if (tool.categoryId != category.id)
                continue;
            if (!headed)
                writeHeading(out, category.name.in(lang));
            headed = true;
            out << "  " << tool.name << " (" << tool.vendor << ")\n";
            writeWrapped(out, tool.description.in(lang), 4);
            writeWrapped(
                out, CatalogCommands::tr("Reaches: %1").arg(reachNames(tool).join(QStringLiteral(", "))), 4);
            QStringList roles;
            for (const Role *role : catalog->rolesUsingTool(tool.id))
                roles << role->title.in(lang);
            writeWrapped(out, CatalogCommands::tr("Appears in: %1").arg(roles.join(QStringLiteral(", "))), 4);
        }
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> catalogCommands()
{
    return {
        {QStringLiteral("roles"), QStringLiteral("[--search TEXT] [--json]"),
            CatalogCommands::tr("List the curated roles by sector, or search every role and occupation."),
            runRoles},
        {QStringLiteral("portrait"), QStringLiteral("ROLE|O*NET-CODE [--json]"),
            CatalogCommands::tr("Show the portrait of a role or of an O*NET occupation."), runPortrait},
        {QStringLiteral("score"), QStringLiteral("ROLE [--answers FILE] [--json]"),
            CatalogCommands::tr("Score an audit: your personal risk, its breakdown and your peers."),
            runScore},
        {QStringLiteral("tools"), QStringLiteral("[--json]"),
            CatalogCommands::tr("List the AI tools: what each does, what it reaches, where it appears."),
            runTools},
        {QStringLiteral("catalog"), QStringLiteral("check [--dir FOLDER]"),
            CatalogCommands::tr("Validate the catalog and summarise it."), runCatalogCheck},
    };
}

} // namespace outpace
