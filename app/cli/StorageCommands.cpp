// The personal data commands over profiles, audits, plans, steps, check-ins and progress. Each opens the
// personal database for the length of the command, so a second program gets a clear refusal.

#include "StorageCommands.h"
#include "CliFormat.h"
#include "CliSession.h"
#include "ProgressPrinter.h"

#include "personal/PersonalStore.h"
#include "personal/PlanProgress.h"
#include "personal/ProfileName.h"
#include "scoring/AuditAnswers.h"
#include "scoring/RiskScorer.h"
#include "storage/PersonalDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <optional>

namespace outpace {

using namespace cli;

QString StorageCommands::native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QCommandLineOption StorageCommands::profileOption()
{
    return QCommandLineOption(
        QStringLiteral("profile"), tr("Whose data (default: the default profile)."), QStringLiteral("name"));
}

QCommandLineOption StorageCommands::planOption()
{
    return QCommandLineOption(QStringLiteral("plan"),
        tr("Which plan, by role id, when the profile has several."), QStringLiteral("role"));
}

// Parses, and on --help or a usage error gives the exit code to return.
std::optional<int> StorageCommands::parseOrExit(
    CliSession &session, QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    if (session.parse(parser, arguments, usage))
        return std::nullopt;
    return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
}

// Opens the database, or prints why not and, for a refused file, which backup to restore and how.
std::unique_ptr<PersonalDatabase> StorageCommands::openDatabase(CliSession &session)
{
    OpenReport report;
    auto opened = PersonalDatabase::open(session.dataDirectory(), &report);
    if (!opened) {
        session.fail(opened.error());
        if (!report.suggestedBackup.isEmpty()) {
            session.err() << tr("The newest good backup is %1. To bring it back, run:")
                                 .arg(native(report.suggestedBackup))
                          << "\n  outpace-cli restore \"" << native(report.suggestedBackup) << "\"\n";
        } else if (!report.movedAsideTo.isEmpty()) {
            session.err() << tr("No backup was found; the next command starts a new, empty database.")
                          << '\n';
        }
        return nullptr;
    }
    for (const QString &warning : report.warnings)
        session.err() << "outpace-cli: " << warning << '\n';
    return std::move(opened).value();
}

std::optional<Profile> StorageCommands::resolveProfile(
    CliSession &session, PersonalStore &store, const QCommandLineParser &parser, const QDateTime &now)
{
    Result<Profile> profile = store.resolveProfile(parser.value(QStringLiteral("profile")), now);
    if (!profile) {
        session.fail(profile.error());
        return std::nullopt;
    }
    return profile.value();
}

// The plan the command is about: --plan ROLE, else the profile's only plan.
std::optional<Plan> StorageCommands::resolvePlan(CliSession &session, PersonalStore &store,
    const Profile &profile, const QCommandLineParser &parser, int *exitCode)
{
    *exitCode = ExitRefused;
    Result<QList<Plan>> plans = store.plans(profile.id);
    if (!plans) {
        session.fail(plans.error());
        return std::nullopt;
    }
    const QString wanted = parser.value(QStringLiteral("plan"));
    QStringList roles;
    for (const Plan &plan : plans.value()) {
        if (plan.roleId == wanted)
            return plan;
        roles << plan.roleId;
    }
    if (plans->isEmpty()) {
        session.fail(tr("%1 has no plan yet. Start one with: outpace-cli plan start ROLE").arg(profile.name));
    } else if (!wanted.isEmpty()) {
        session.fail(tr("%1 has no plan for %2; the plans are: %3.")
                         .arg(profile.name, wanted, roles.join(QStringLiteral(", "))));
    } else if (plans->size() > 1) {
        *exitCode = session.fail(tr("%1 has several plans (%2): choose one with --plan ROLE.")
                                     .arg(profile.name, roles.join(QStringLiteral(", "))),
            ExitUsage);
    } else {
        return plans->first();
    }
    return std::nullopt;
}

std::optional<StorageCommands::PlanContext> StorageCommands::openPlan(
    CliSession &session, const QCommandLineParser &parser, int *exitCode)
{
    *exitCode = ExitRefused;
    std::unique_ptr<PersonalDatabase> database = openDatabase(session);
    if (!database)
        return std::nullopt;
    auto store = std::make_unique<PersonalStore>(database->connection());
    const std::optional<Profile> profile = resolveProfile(session, *store, parser, database->now());
    if (!profile)
        return std::nullopt;
    const std::optional<Plan> plan = resolvePlan(session, *store, *profile, parser, exitCode);
    if (!plan)
        return std::nullopt;
    *exitCode = ExitOk;
    return PlanContext{std::move(database), std::move(store), *profile, *plan};
}

const Role *StorageCommands::roleOf(CliSession &session, const QString &roleId)
{
    const Catalog *catalog = session.catalog();
    if (!catalog)
        return nullptr;
    if (const Role *role = catalog->role(roleId))
        return role;
    session.fail(tr("unknown role \"%1\". Run outpace-cli roles to see the roles.").arg(roleId));
    return nullptr;
}

void StorageCommands::writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

namespace {

using S = StorageCommands;

int runProfile(CliSession &session, const QStringList &arguments)
{
    const QString usage = QStringLiteral("profile list | add NAME | use NAME");
    QCommandLineParser parser;
    if (auto code = S::parseOrExit(session, parser, arguments, usage))
        return *code;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (!(action == QLatin1String("list") && words.size() == 1)
        && !((action == QLatin1String("add") || action == QLatin1String("use")) && words.size() == 2)) {
        return session.fail(StorageCommands::tr("expected: outpace-cli %1").arg(usage), ExitUsage);
    }
    auto database = S::openDatabase(session);
    if (!database)
        return ExitRefused;
    PersonalStore store(database->connection());
    if (action == QLatin1String("add")) {
        Result<Profile> added = store.addProfile(words[1], database->now());
        if (!added)
            return session.fail(added.error());
        session.out() << StorageCommands::tr("Profile \"%1\" added.").arg(added->name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("use")) {
        Result<Profile> found = store.resolveProfile(words[1], database->now());
        if (!found)
            return session.fail(found.error());
        if (Status saved = store.setSetting(PersonalStore::defaultProfileKey(), found->name); !saved)
            return session.fail(saved.error());
        session.out() << StorageCommands::tr("\"%1\" is now the default profile.").arg(found->name) << '\n';
        return ExitOk;
    }
    // Listing creates the default profile on first use, like every other command.
    Result<Profile> current = store.resolveProfile(QString(), database->now());
    Result<QList<Profile>> profiles = store.profiles();
    if (!current || !profiles)
        return session.fail(!current ? current.error() : profiles.error());
    const QLocale locale = localeFor(session.language());
    for (const Profile &profile : profiles.value()) {
        session.out() << (profile.id == current->id ? "* " : "  ")
                      << ProfileName::printable(profile.name).leftJustified(24) << ' '
                      << StorageCommands::tr("created %1")
                             .arg(profile.createdAt.toLocalTime().date().toString(Qt::ISODate))
                      << '\n';
    }
    return ExitOk;
}

int runAudit(CliSession &session, const QStringList &arguments)
{
    const QString usage
        = QStringLiteral("audit save ROLE --answers FILE [--profile NAME] | history [--json]");
    QCommandLineParser parser;
    const QCommandLineOption answers(
        QStringLiteral("answers"), StorageCommands::tr("The answers file (JSON)."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), StorageCommands::tr("Print JSON instead of text."));
    parser.addOptions({answers, json, S::profileOption()});
    if (auto code = S::parseOrExit(session, parser, arguments, usage))
        return *code;
    const QStringList words = parser.positionalArguments();
    const bool save = words.value(0) == QLatin1String("save") && words.size() == 2 && parser.isSet(answers);
    const bool history = words.value(0) == QLatin1String("history") && words.size() == 1;
    if (!save && !history)
        return session.fail(StorageCommands::tr("expected: outpace-cli %1").arg(usage), ExitUsage);

    AuditRecord record;
    if (save) {
        // Everything outside the database is checked before it is opened.
        const Role *role = S::roleOf(session, words[1]);
        if (!role)
            return ExitRefused;
        Result<AuditAnswers> read = AuditAnswers::readFile(parser.value(answers), *role, *session.catalog());
        if (!read) {
            session.fail(StorageCommands::tr("the answers were refused:"));
            for (const QString &problem : read.errors())
                session.err() << "  " << problem << '\n';
            return ExitRefused;
        }
        const RiskScorer scorer;
        const RiskResult result = scorer.score(*role, read.value());
        record.roleId = role->id;
        record.answers = QJsonDocument::fromJson(read->toJson(*role)).object();
        record.risk = result.risk;
        record.exposure = result.personalExposure;
        record.automation = result.personalAutomation;
        record.modelVersion = scorer.model().version;
    }

    auto database = S::openDatabase(session);
    if (!database)
        return ExitRefused;
    PersonalStore store(database->connection());
    const std::optional<Profile> profile = S::resolveProfile(session, store, parser, database->now());
    if (!profile)
        return ExitRefused;
    const QLocale locale = localeFor(session.language());
    if (save) {
        record.profileId = profile->id;
        record.takenAt = database->now();
        if (Result<qint64> saved = store.saveAudit(record); !saved)
            return session.fail(saved.error());
        session.out() << StorageCommands::tr(
            "Audit saved for %1: risk %2, exposure %3, automation %4 (model %5).")
                             .arg(profile->name, outOf100(locale, record.risk),
                                 percent(locale, record.exposure), percent(locale, record.automation),
                                 record.modelVersion)
                      << '\n';
        return ExitOk;
    }
    Result<QList<AuditRecord>> audits = store.audits(profile->id);
    if (!audits)
        return session.fail(audits.error());
    const QList<ScorePoint> points = RoadmapTracker::scoreHistory(audits.value());
    if (parser.isSet(json)) {
        PlanProgress summary;
        summary.scoreHistory = points;
        S::writeJson(session.out(),
            QJsonObject{{QStringLiteral("profile"), profile->name},
                {QStringLiteral("audits"), summary.toJson().value(QStringLiteral("scoreHistory"))}});
        return ExitOk;
    }
    if (points.isEmpty()) {
        session.out() << StorageCommands::tr(
            "No audit saved yet for %1. Save one with: outpace-cli audit save ROLE --answers FILE")
                             .arg(profile->name)
                      << '\n';
        return ExitOk;
    }
    for (const ScorePoint &point : points) {
        session.out()
            << point.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(18)
            << ' ' << point.roleId.leftJustified(30) << ' '
            << StorageCommands::tr("risk %1").arg(outOf100(locale, point.risk)).leftJustified(16) << ' '
            << bar(point.risk) << '\n';
    }
    return ExitOk;
}

int runPlan(CliSession &session, const QStringList &arguments)
{
    const QString usage = QStringLiteral("plan start ROLE [--start DATE] [--profile NAME]");
    QCommandLineParser parser;
    const QCommandLineOption start(QStringLiteral("start"),
        StorageCommands::tr("First day of the plan (default: today)."), QStringLiteral("yyyy-mm-dd"));
    parser.addOptions({start, S::profileOption()});
    if (auto code = S::parseOrExit(session, parser, arguments, usage))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || words[0] != QLatin1String("start"))
        return session.fail(StorageCommands::tr("expected: outpace-cli %1").arg(usage), ExitUsage);
    const Role *role = S::roleOf(session, words[1]);
    if (!role)
        return ExitRefused;
    QDate startDate = QDate::currentDate();
    if (parser.isSet(start)) {
        startDate = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!startDate.isValid())
            return session.fail(
                StorageCommands::tr("--start: expected a date such as 2026-01-31."), ExitUsage);
    }
    auto database = S::openDatabase(session);
    if (!database)
        return ExitRefused;
    PersonalStore store(database->connection());
    const std::optional<Profile> profile = S::resolveProfile(session, store, parser, database->now());
    if (!profile)
        return ExitRefused;
    Result<Plan> plan = store.startPlan(profile->id, role->id, startDate);
    if (!plan)
        return session.fail(plan.error());
    session.out() << StorageCommands::tr(
        "Plan for %1 started on %2: %n steps in 3 phases over about 12 weeks.", nullptr,
        int(role->stepIds().size()))
                         .arg(role->title.in(session.language()), startDate.toString(Qt::ISODate))
                  << '\n';
    return ExitOk;
}

int runStep(CliSession &session, const QStringList &arguments)
{
    const QString usage
        = QStringLiteral("step set STEP --status todo|doing|done [--note TEXT] [--target-week 2026-W50] "
                         "[--plan ROLE] [--profile NAME]");
    QCommandLineParser parser;
    const QCommandLineOption status(
        QStringLiteral("status"), StorageCommands::tr("todo, doing or done."), QStringLiteral("status"));
    const QCommandLineOption note(
        QStringLiteral("note"), StorageCommands::tr("A note on the step."), QStringLiteral("text"));
    const QCommandLineOption target(QStringLiteral("target-week"),
        StorageCommands::tr("The ISO week you aim to finish it, such as 2026-W50; \"none\" clears it."),
        QStringLiteral("week"));
    parser.addOptions({status, note, target, S::planOption(), S::profileOption()});
    if (auto code = S::parseOrExit(session, parser, arguments, usage))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || words[0] != QLatin1String("set") || !parser.isSet(status))
        return session.fail(StorageCommands::tr("expected: outpace-cli %1").arg(usage), ExitUsage);
    StepChange change;
    change.stepId = words[1];
    change.today = QDate::currentDate();
    if (!stepStatusFromKey(parser.value(status), &change.status))
        return session.fail(StorageCommands::tr("--status: expected todo, doing or done."), ExitUsage);
    if (parser.isSet(note))
        change.note = parser.value(note);
    if (parser.isSet(target)) {
        const QString text = parser.value(target);
        change.targetWeek = text == QLatin1String("none") ? IsoWeek() : IsoWeek::fromString(text);
        if (text != QLatin1String("none") && !change.targetWeek->isPlausible())
            return session.fail(
                StorageCommands::tr("--target-week: expected an ISO week such as 2026-W50."), ExitUsage);
    }
    int planExit = ExitOk;
    std::optional<S::PlanContext> context = S::openPlan(session, parser, &planExit);
    if (!context)
        return planExit;
    PersonalStore &store = *context->store;
    const std::optional<Profile> profile = context->profile;
    const std::optional<Plan> plan = context->plan;
    const Role *role = S::roleOf(session, plan->roleId);
    if (!role)
        return ExitRefused;
    if (!role->stepIds().contains(change.stepId)) {
        return session.fail(
            StorageCommands::tr("the roadmap of %1 has no step \"%2\"; its steps are: %3.")
                .arg(plan->roleId, change.stepId, role->stepIds().join(QStringLiteral(", "))));
    }
    if (Status saved = store.setStep(plan->id, change); !saved)
        return session.fail(saved.error());
    session.out() << StorageCommands::tr("Step %1 is now %2.").arg(change.stepId, parser.value(status))
                  << '\n';
    return ExitOk;
}

int runCheckIn(CliSession &session, const QStringList &arguments)
{
    const QString usage
        = QStringLiteral("checkin [--week 2026-W48] --hours H [--steps N] [--reflection TEXT] "
                         "[--plan ROLE] [--profile NAME]");
    QCommandLineParser parser;
    const QCommandLineOption week(QStringLiteral("week"),
        StorageCommands::tr("The ISO week (default: this week)."), QStringLiteral("week"));
    const QCommandLineOption hours(QStringLiteral("hours"),
        StorageCommands::tr("Hours spent learning that week."), QStringLiteral("hours"));
    const QCommandLineOption steps(QStringLiteral("steps"),
        StorageCommands::tr("Steps finished that week (default: those marked done in it)."),
        QStringLiteral("n"));
    const QCommandLineOption reflection(QStringLiteral("reflection"),
        StorageCommands::tr("A few words on the week."), QStringLiteral("text"));
    parser.addOptions({week, hours, steps, reflection, S::planOption(), S::profileOption()});
    if (auto code = S::parseOrExit(session, parser, arguments, usage))
        return *code;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(hours))
        return session.fail(StorageCommands::tr("expected: outpace-cli %1").arg(usage), ExitUsage);
    CheckIn checkIn;
    checkIn.week = parser.isSet(week) ? IsoWeek::fromString(parser.value(week))
                                      : IsoWeek::containing(QDate::currentDate());
    if (!checkIn.week.isPlausible())
        return session.fail(StorageCommands::tr("--week: expected an ISO week such as 2026-W48."), ExitUsage);
    bool ok = false;
    checkIn.hours = parser.value(hours).toDouble(&ok);
    if (!ok || !CheckIn::hoursArePlausible(checkIn.hours))
        return session.fail(StorageCommands::tr("--hours: expected a number from 0 to 168."), ExitUsage);
    if (parser.isSet(steps)) {
        checkIn.stepsDone = parser.value(steps).toInt(&ok);
        if (!ok || checkIn.stepsDone < 0 || checkIn.stepsDone > 1000)
            return session.fail(
                StorageCommands::tr("--steps: expected a whole number from 0 to 1000."), ExitUsage);
    }
    checkIn.reflection = parser.value(reflection);

    int planExit = ExitOk;
    std::optional<S::PlanContext> context = S::openPlan(session, parser, &planExit);
    if (!context)
        return planExit;
    PersonalStore &store = *context->store;
    const std::optional<Profile> profile = context->profile;
    const std::optional<Plan> plan = context->plan;
    const Role *role = S::roleOf(session, plan->roleId);
    if (!role)
        return ExitRefused;
    if (!parser.isSet(steps)) {
        Result<QList<StepState>> states = store.steps(plan->id);
        if (!states)
            return session.fail(states.error());
        for (const StepState &state : states.value()) {
            if (state.status == StepStatus::Done && IsoWeek::containing(state.doneDate) == checkIn.week)
                ++checkIn.stepsDone;
        }
    }
    if (Status fits = RoadmapTracker::checkCheckIn(checkIn, RoadmapOutline::fromRole(*role)); !fits)
        return session.fail(fits.error());
    if (Status saved = store.saveCheckIn(plan->id, checkIn); !saved)
        return session.fail(saved.error());
    const QLocale locale = localeFor(session.language());
    session.out() << StorageCommands::tr(
        "Check-in saved for %1: %2 h, %n step(s) done.", nullptr, checkIn.stepsDone)
                         .arg(checkIn.week.toString(), locale.toString(checkIn.hours))
                  << '\n';
    return ExitOk;
}

int runProgress(CliSession &session, const QStringList &arguments)
{
    const QString usage = QStringLiteral("progress [--json] [--plan ROLE] [--profile NAME]");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), StorageCommands::tr("Print JSON instead of text."));
    parser.addOptions({json, S::planOption(), S::profileOption()});
    if (auto code = S::parseOrExit(session, parser, arguments, usage))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.fail(StorageCommands::tr("expected: outpace-cli %1").arg(usage), ExitUsage);
    int planExit = ExitOk;
    std::optional<S::PlanContext> context = S::openPlan(session, parser, &planExit);
    if (!context)
        return planExit;
    const std::unique_ptr<PersonalDatabase> &database = context->database;
    const std::optional<Profile> profile = context->profile;
    const std::optional<Plan> plan = context->plan;
    const Role *role = S::roleOf(session, plan->roleId);
    if (!role)
        return ExitRefused;
    Result<PlanProgress> progress = PlanProgress::compute(database->connection(), profile->id, plan.value(),
        RoadmapOutline::fromRole(*role), QDate::currentDate());
    if (!progress)
        return session.fail(progress.error());
    if (parser.isSet(json)) {
        QJsonObject object = progress->toJson();
        object.insert(QStringLiteral("profile"), profile->name);
        S::writeJson(session.out(), object);
    } else {
        ProgressPrinter(session.language()).writeText(session.out(), *role, progress.value());
    }
    return ExitOk;
}

} // namespace

QList<CliCommand> storageCommands()
{
    return QList<CliCommand>{
               {QStringLiteral("profile"), QStringLiteral("list|add NAME|use NAME"),
                   StorageCommands::tr("List, add or choose the people whose data is kept."), runProfile},
               {QStringLiteral("audit"), QStringLiteral("save ROLE --answers FILE | history"),
                   StorageCommands::tr("Save a scored audit, or show the score history."), runAudit},
               {QStringLiteral("plan"), QStringLiteral("start ROLE"),
                   StorageCommands::tr("Start the roadmap of a role."), runPlan},
               {QStringLiteral("step"), QStringLiteral("set STEP --status S"),
                   StorageCommands::tr("Mark a roadmap step to do, doing or done."), runStep},
               {QStringLiteral("checkin"), QStringLiteral("--week W --hours H"),
                   StorageCommands::tr("Record (or correct) a week's check-in."), runCheckIn},
               {QStringLiteral("progress"), QStringLiteral("[--json]"),
                   StorageCommands::tr("Show progress against the plan, streak and score history."),
                   runProgress},
           }
    + backupCommands();
}

} // namespace outpace
