// The personal data commands over profiles, audits, plans, steps, check-ins and progress. Each opens the
// personal database for the length of the command, so a second program gets a clear refusal.

#include "StorageCommands.h"
#include "CliFormat.h"
#include "CliSession.h"
#include "ProgressPrinter.h"

#include "personal/ProfileName.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outpace {

using namespace cli;

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

std::optional<int> StorageCommands::parseOrExit(
    CliSession &session, QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    if (session.parse(parser, arguments, usage))
        return std::nullopt;
    return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
}

Workspace *StorageCommands::openPersonalData(CliSession &session, const QCommandLineParser &parser)
{
    Workspace *workspace = session.workspace();
    if (!workspace)
        return nullptr;
    if (Status opened = workspace->openPersonalData(); !opened) {
        session.failWith(opened.errors());
        return nullptr;
    }
    // --profile chooses whose data this one command reads; the default profile stays as it was.
    const QString profile = parser.optionNames().contains(QStringLiteral("profile"))
        ? parser.value(QStringLiteral("profile"))
        : QString();
    if (!profile.isEmpty()) {
        if (Status used = workspace->useProfile(profile); !used) {
            session.failWith(used.errors());
            return nullptr;
        }
    }
    return workspace;
}

std::optional<Plan> StorageCommands::resolvePlan(
    CliSession &session, Workspace &workspace, const QCommandLineParser &parser, int *exitCode)
{
    const QString wanted = parser.value(QStringLiteral("plan"));
    Result<Plan> plan = workspace.findPlan(wanted);
    if (plan) {
        *exitCode = ExitOk;
        return plan.value();
    }
    // Several plans and no --plan is a command line to complete, not refused data.
    const Result<QList<Plan>> plans = workspace.plans();
    *exitCode = wanted.isEmpty() && plans && plans->size() > 1 ? ExitUsage : ExitRefused;
    session.failWith(plan.errors(), *exitCode);
    return std::nullopt;
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
    Workspace *workspace = S::openPersonalData(session, parser);
    if (!workspace)
        return ExitRefused;
    if (action == QLatin1String("add")) {
        Result<Profile> added = workspace->addProfile(words[1]);
        if (!added)
            return session.failWith(added.errors());
        session.out() << StorageCommands::tr("Profile \"%1\" added.").arg(added->name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("use")) {
        if (Status switched = workspace->switchProfile(words[1]); !switched)
            return session.failWith(switched.errors());
        session.out() << StorageCommands::tr("\"%1\" is now the default profile.")
                             .arg(workspace->currentProfile()->name)
                      << '\n';
        return ExitOk;
    }
    // Listing creates the default profile on first use, like every other command.
    Result<Profile> current = workspace->currentProfile();
    Result<QList<Profile>> profiles = workspace->profiles();
    if (!current || !profiles)
        return session.failWith(!current ? current.errors() : profiles.errors());
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
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;

    std::optional<AuditOutcome> outcome;
    if (save) {
        // Everything outside the database is checked before it is opened.
        Result<RoleRef> ref = workspace->lookup().find(words[1], session.language());
        if (!ref)
            return session.failWith(ref.errors());
        Result<AuditAnswers> read = workspace->readAnswers(ref.value(), parser.value(answers));
        if (!read) {
            session.fail(StorageCommands::tr("the answers were refused:"));
            for (const QString &problem : read.errors())
                session.err() << "  " << problem << '\n';
            return ExitRefused;
        }
        Result<AuditOutcome> scored = workspace->score(ref.value(), read.value(), session.language());
        if (!scored)
            return session.failWith(scored.errors());
        outcome = std::move(scored).value();
    }

    if (!S::openPersonalData(session, parser))
        return ExitRefused;
    Result<Profile> profile = workspace->currentProfile();
    if (!profile)
        return session.failWith(profile.errors());
    const QLocale locale = localeOf(session.language());
    if (save) {
        Result<AuditRecord> saved = workspace->saveAudit(*outcome);
        if (!saved)
            return session.failWith(saved.errors());
        session.out() << StorageCommands::tr(
            "Audit saved for %1: risk %2, exposure %3, automation %4 (model %5).")
                             .arg(profile->name, outOf100(locale, saved->risk),
                                 percent(locale, saved->exposure), percent(locale, saved->automation),
                                 saved->modelVersion)
                      << '\n';
        return ExitOk;
    }
    Result<QList<ScorePoint>> points = workspace->scoreHistory();
    if (!points)
        return session.failWith(points.errors());
    if (parser.isSet(json)) {
        QJsonArray audits;
        for (const ScorePoint &point : points.value())
            audits.append(point.toJson());
        S::writeJson(session.out(),
            QJsonObject{{QStringLiteral("profile"), profile->name}, {QStringLiteral("audits"), audits}});
        return ExitOk;
    }
    if (points->isEmpty()) {
        session.out() << StorageCommands::tr(
            "No audit saved yet for %1. Save one with: outpace-cli audit save ROLE --answers FILE")
                             .arg(profile->name)
                      << '\n';
        return ExitOk;
    }
    for (const ScorePoint &point : points.value()) {
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
    QDate startDate;
    if (parser.isSet(start)) {
        startDate = QDate::fromString(parser.value(start), Qt::ISODate);
        if (!startDate.isValid())
            return session.fail(
                StorageCommands::tr("--start: expected a date such as 2026-01-31."), ExitUsage);
    }
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const Role *role = workspace->catalog().role(words[1]);
    if (!role)
        return session.fail(
            StorageCommands::tr("unknown role \"%1\". Run outpace-cli roles to see the roles.")
                .arg(words[1]));
    if (!S::openPersonalData(session, parser))
        return ExitRefused;
    bool resumed = false;
    Result<Plan> plan = workspace->startPlan(role->id, startDate, &resumed);
    if (!plan)
        return session.failWith(plan.errors());
    if (resumed) {
        return session.fail(StorageCommands::tr("A plan for %1 already exists, started on %2.")
                                .arg(role->id, plan->startDate.toString(Qt::ISODate)));
    }
    session.out() << StorageCommands::tr(
        "Plan for %1 started on %2: %n steps in 3 phases over about 12 weeks.", nullptr,
        int(role->stepIds().size()))
                         .arg(role->title.in(session.language()), plan->startDate.toString(Qt::ISODate))
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
    Workspace *workspace = S::openPersonalData(session, parser);
    if (!workspace)
        return ExitRefused;
    int planExit = ExitOk;
    const std::optional<Plan> plan = S::resolvePlan(session, *workspace, parser, &planExit);
    if (!plan)
        return planExit;
    if (Status saved = workspace->setStep(*plan, change); !saved)
        return session.failWith(saved.errors());
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
    if (parser.isSet(week)) {
        checkIn.week = IsoWeek::fromString(parser.value(week));
        if (!checkIn.week.isPlausible())
            return session.fail(
                StorageCommands::tr("--week: expected an ISO week such as 2026-W48."), ExitUsage);
    }
    bool ok = false;
    checkIn.hours = parser.value(hours).toDouble(&ok);
    if (!ok || !CheckIn::hoursArePlausible(checkIn.hours))
        return session.fail(StorageCommands::tr("--hours: expected a number from 0 to 168."), ExitUsage);
    std::optional<int> stepsDone;
    if (parser.isSet(steps)) {
        stepsDone = parser.value(steps).toInt(&ok);
        if (!ok || *stepsDone < 0 || *stepsDone > 1000)
            return session.fail(
                StorageCommands::tr("--steps: expected a whole number from 0 to 1000."), ExitUsage);
    }
    checkIn.reflection = parser.value(reflection);

    Workspace *workspace = S::openPersonalData(session, parser);
    if (!workspace)
        return ExitRefused;
    int planExit = ExitOk;
    const std::optional<Plan> plan = S::resolvePlan(session, *workspace, parser, &planExit);
    if (!plan)
        return planExit;
    // The week defaults to the workspace's today, the one clock every use case reads.
    if (!checkIn.week.isValid())
        checkIn.week = IsoWeek::containing(workspace->today());
    Result<CheckIn> saved = workspace->checkIn(*plan, checkIn, stepsDone);
    if (!saved)
        return session.failWith(saved.errors());
    const QLocale locale = localeOf(session.language());
    session.out() << (saved->stepsDone == 1
            ? StorageCommands::tr("Check-in saved for %1: %2 h, 1 step done.")
            : StorageCommands::tr("Check-in saved for %1: %2 h, %n steps done.", nullptr, saved->stepsDone))
                         .arg(saved->week.toString(), locale.toString(saved->hours))
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
    Workspace *workspace = S::openPersonalData(session, parser);
    if (!workspace)
        return ExitRefused;
    int planExit = ExitOk;
    const std::optional<Plan> plan = S::resolvePlan(session, *workspace, parser, &planExit);
    if (!plan)
        return planExit;
    Result<TrackerSnapshot> snapshot = workspace->tracker(*plan, session.language());
    if (!snapshot)
        return session.failWith(snapshot.errors());
    if (parser.isSet(json)) {
        QJsonObject object = snapshot->progress.toJson();
        object.insert(QStringLiteral("profile"), workspace->currentProfile()->name);
        S::writeJson(session.out(), object);
    } else {
        const Role *role = workspace->catalog().role(plan->roleId);
        ProgressPrinter(session.language()).writeText(session.out(), *role, snapshot->progress);
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
