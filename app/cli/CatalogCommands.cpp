// The commands over the built-in catalog and the scoring engine: roles, portrait, score, catalog check.

#include "CliFormat.h"
#include "CliSession.h"
#include "PortraitPrinter.h"
#include "ResearchCommands.h"

#include "catalog/CatalogLoader.h"
#include "scoring/AuditAnswers.h"
#include "scoring/PeerDistribution.h"
#include "scoring/RiskScorer.h"

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

QString experienceName(Experience level)
{
    switch (level) {
    case Experience::Junior:
        return CatalogCommands::tr("junior");
    case Experience::Mid:
        return CatalogCommands::tr("mid-level");
    case Experience::Senior:
        return CatalogCommands::tr("senior");
    case Experience::Lead:
        return CatalogCommands::tr("lead");
    }
    return {};
}

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

const Role *findRole(CliSession &session, const Catalog &catalog, const QString &id)
{
    if (const Role *role = catalog.role(id))
        return role;
    session.fail(QCoreApplication::translate(
        "CatalogCommands", "unknown role \"%1\". Run outpace-cli roles to see the roles.")
                     .arg(id));
    return nullptr;
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
    const RiskScorer scorer;
    const Language lang = session.language();
    const QLocale locale = localeFor(lang);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray roles;
        for (const Role &role : catalog->roles()) {
            const RoleBaseline baseline = scorer.baseline(role);
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
            const RoleBaseline baseline = scorer.baseline(role);
            out << "  " << role.id.leftJustified(34) << role.title.in(lang).leftJustified(44) << ' '
                << CatalogCommands::tr("automation %1").arg(percent(locale, baseline.automation, 0)) << '\n';
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
    const Catalog *catalog = session.catalog();
    if (!catalog)
        return ExitRefused;
    if (!catalog->role(roleId) && looksLikeOccupationCode(roleId))
        return printOccupationPortrait(session, roleId, parser.isSet(QStringLiteral("json")));
    const Role *role = findRole(session, *catalog, roleId);
    if (!role)
        return ExitRefused;
    const RiskScorer scorer;
    const PortraitPrinter printer(*catalog, scorer, session.language(), lens);
    if (parser.isSet(QStringLiteral("json")))
        writeJson(session.out(), printer.toJson(*role));
    else
        printer.writeText(session.out(), *role);
    return ExitOk;
}

QJsonObject scoreJson(const Role &role, const AuditAnswers &answers, const RiskResult &result,
    const PeerDistribution &peers, const RiskScorer &scorer, Language lang, Lens lens)
{
    QJsonArray tasks;
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        tasks << QJsonObject{{QStringLiteral("id"), role.tasks[i].id},
            {QStringLiteral("title"), role.tasks[i].title.in(lang)},
            {QStringLiteral("share"), result.shares[i]},
            {QStringLiteral("automation"), role.tasks[i].labels.automation},
            {QStringLiteral("contribution"), result.taskContributions[i]},
            {QStringLiteral("unadjustedContribution"), result.unadjustedContributions[i]}};
    }
    QJsonArray skills;
    for (const SkillResilience &entry : scorer.skills(role, result.shares, lens)) {
        skills << QJsonObject{{QStringLiteral("id"), entry.skillId},
            {QStringLiteral("resilience"), entry.resilience}, {QStringLiteral("practised"), entry.practised}};
    }
    QJsonArray histogram;
    for (int count : peers.histogram(scorer.model().histogramBins))
        histogram << count;
    return QJsonObject{{QStringLiteral("role"), role.id},
        {QStringLiteral("modelVersion"), scorer.model().version}, {QStringLiteral("lens"), lensKey(lens)},
        {QStringLiteral("experience"), experienceKey(answers.experience)},
        {QStringLiteral("risk"), result.risk}, {QStringLiteral("personalExposure"), result.personalExposure},
        {QStringLiteral("personalAutomation"), result.personalAutomation},
        {QStringLiteral("fluency"), result.fluency},
        {QStringLiteral("experienceFactor"), result.experienceFactor},
        {QStringLiteral("fluencyFactor"), result.fluencyFactor},
        {QStringLiteral("otherShare"), result.otherShare}, {QStringLiteral("tasks"), tasks},
        {QStringLiteral("experienceAdjustment"), result.experienceAdjustment},
        {QStringLiteral("fluencyAdjustment"), result.fluencyAdjustment},
        {QStringLiteral("clampAdjustment"), result.clampAdjustment},
        {QStringLiteral("horizonBand"), scorer.model().horizonBand(result.risk)},
        {QStringLiteral("skills"), skills},
        {QStringLiteral("peerPercentile"), peers.percentileOf(result.risk)},
        {QStringLiteral("peersSafer"), peers.peersSaferThan(result.risk)},
        {QStringLiteral("peerCount"), int(peers.size())}, {QStringLiteral("peerHistogram"), histogram}};
}

void writeScoreText(QTextStream &out, const Role &role, const AuditAnswers &answers, const RiskResult &result,
    const PeerDistribution &peers, const RiskScorer &scorer, Language lang, bool defaults)
{
    const QLocale locale = localeFor(lang);
    auto number = [&](double value) { return locale.toString(value, 'f', 1); };
    auto signedNumber = [&](double value) {
        return (value >= 0 ? QStringLiteral("+") : QString()) + locale.toString(value, 'f', 1);
    };
    out << CatalogCommands::tr("Personal risk score for %1: %2 / 100")
               .arg(role.title.in(lang), number(result.risk))
        << '\n';
    if (defaults)
        out << "  "
            << CatalogCommands::tr(
                   "(default answers: time split as in the role's profile, mid level, no AI tools)")
            << '\n';
    out << "  "
        << CatalogCommands::tr("Horizon: %1 years (a framing, not a forecast)")
               .arg(scorer.model().horizonBand(result.risk))
        << '\n';
    out << "  "
        << CatalogCommands::tr("Your exposure %1 · your automation %2 · AI fluency %3 · experience %4")
               .arg(percent(locale, result.personalExposure), percent(locale, result.personalAutomation),
                   locale.toString(result.fluency, 'f', 2), experienceName(answers.experience))
        << '\n';

    writeHeading(out, CatalogCommands::tr("Breakdown (the parts add up to the score)"));
    out << "  " << CatalogCommands::tr("Task").leftJustified(58)
        << CatalogCommands::tr("Time").rightJustified(8) << CatalogCommands::tr("AI does").rightJustified(9)
        << CatalogCommands::tr("Points").rightJustified(9) << '\n';
    for (qsizetype i = 0; i < role.tasks.size(); ++i) {
        out << "  " << role.tasks[i].title.in(lang).left(57).leftJustified(58)
            << percent(locale, 100 * result.shares[i], 0).rightJustified(8)
            << percent(locale, 100 * role.tasks[i].labels.automation, 0).rightJustified(9)
            << number(result.unadjustedContributions[i]).rightJustified(9) << '\n';
    }
    if (result.otherShare > 0) {
        out << "  " << CatalogCommands::tr("Other work (counted as safe)").leftJustified(58)
            << percent(locale, 100 * result.otherShare, 0).rightJustified(8)
            << percent(locale, 0, 0).rightJustified(9) << number(0).rightJustified(9) << '\n';
    }
    out << "  "
        << CatalogCommands::tr("Experience (%1, ×%2)")
               .arg(experienceName(answers.experience), locale.toString(result.experienceFactor, 'f', 2))
               .leftJustified(75)
        << signedNumber(result.experienceAdjustment).rightJustified(9) << '\n';
    out << "  "
        << CatalogCommands::tr("AI fluency (×%1)")
               .arg(locale.toString(result.fluencyFactor, 'f', 2))
               .leftJustified(75)
        << signedNumber(result.fluencyAdjustment).rightJustified(9) << '\n';
    if (result.clampAdjustment != 0)
        out << "  " << CatalogCommands::tr("Capped at 100").leftJustified(75)
            << signedNumber(result.clampAdjustment).rightJustified(9) << '\n';
    out << "  " << CatalogCommands::tr("Risk score").leftJustified(75)
        << number(result.risk).rightJustified(9) << '\n';

    writeHeading(out, CatalogCommands::tr("Among your peers"));
    out << "  "
        << CatalogCommands::tr("%1 of %2 modelled peers are safer than you (your percentile: %3).")
               .arg(percent(locale, peers.peersSaferThan(result.risk)), locale.toString(peers.size()),
                   number(peers.percentileOf(result.risk)))
        << '\n';
    out << "  " << CatalogCommands::tr("Peers are modelled from the role's profile, not surveyed.") << '\n';
    const QList<int> histogram = peers.histogram(scorer.model().histogramBins);
    const int highest = *std::max_element(histogram.begin(), histogram.end());
    const int width = 100 / int(histogram.size());
    for (qsizetype b = 0; b < histogram.size(); ++b) {
        const bool mine
            = result.risk >= b * width && (result.risk < (b + 1) * width || b == histogram.size() - 1);
        out << "  " << QString::number(b * width).rightJustified(3) << '-'
            << QString::number((b + 1) * width).leftJustified(3) << ' '
            << QString(highest > 0 ? histogram[b] * 40 / highest : 0, QChar(0x2588))
            << (mine ? CatalogCommands::tr("  ◀ you") : QString()) << '\n';
    }

    writeHeading(out, CatalogCommands::tr("Your skills (most exposed first)"));
    for (const SkillResilience &entry : scorer.skills(role, result.shares)) {
        out << "  " << role.skill(entry.skillId)->name.in(lang).left(38).leftJustified(38) << ' '
            << bar(entry.resilience) << ' ' << locale.toString(entry.resilience, 'f', 0)
            << (entry.practised ? QString() : CatalogCommands::tr(" (not in your week)")) << '\n';
    }
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
    const Catalog *catalog = session.catalog();
    if (!catalog)
        return ExitRefused;
    // An O*NET occupation can be audited once its tasks are imported; its task titles stay in English.
    std::optional<OccupationRole> occupation;
    if (!catalog->role(roleId) && looksLikeOccupationCode(roleId)) {
        occupation = loadImportedOccupation(session, roleId);
        if (!occupation)
            return ExitRefused;
    }
    const Role *role = occupation ? &occupation->role : findRole(session, *catalog, roleId);
    if (!role)
        return ExitRefused;

    AuditAnswers answers = AuditAnswers::defaults(*role);
    const bool defaults = !parser.isSet(QStringLiteral("answers"));
    if (!defaults) {
        const QString path = parser.value(QStringLiteral("answers"));
        Result<AuditAnswers> read = AuditAnswers::readFile(path, *role, *catalog);
        if (!read) {
            session.fail(CatalogCommands::tr("the answers file was refused:"));
            for (const QString &problem : read.errors())
                session.err() << "  " << problem << '\n';
            return ExitRefused;
        }
        answers = std::move(read).value();
    }
    const RiskScorer scorer;
    const RiskResult result = scorer.score(*role, answers, lens);
    const auto peers = PeerDistribution::cachedFor(*role);
    if (parser.isSet(QStringLiteral("json")))
        writeJson(session.out(), scoreJson(*role, answers, result, *peers, scorer, session.language(), lens));
    else {
        writeScoreText(session.out(), *role, answers, result, *peers, scorer, session.language(), defaults);
        if (occupation && occupation->tasksInOriginalEnglish)
            session.out() << '\n'
                          << CatalogCommands::tr("Task titles are the original O*NET statements, in English.")
                          << '\n';
    }
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
        ? CatalogLoader::loadFromDirectory(parser.value(QStringLiteral("dir")))
        : CatalogLoader::loadBuiltIn();
    QTextStream &out = session.out();
    if (!loaded) {
        for (const QString &problem : loaded.errors())
            session.err() << problem << '\n';
        session.err() << '\n'
                      << CatalogCommands::tr("Texts missing: %1 in English, %2 in French.")
                             .arg(missingTexts(loaded.errors(), QStringLiteral("en")))
                             .arg(missingTexts(loaded.errors(), QStringLiteral("fr")))
                      << '\n';
        return session.fail(CatalogCommands::tr(
            "%n problem(s) found; the catalog is refused.", nullptr, int(loaded.errors().size())));
    }

    const Catalog &catalog = loaded.value();
    const RiskScorer scorer;
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
            for (Battlefield group : scorer.baseline(role).battlefield)
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
