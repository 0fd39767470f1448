// The commands that move personal data as whole files: backup, restore, export and import. Each refuses
// before it changes anything when its input is wrong, and keeps the data it replaces.

#include "CliSession.h"
#include "StorageCommands.h"

#include "personal/ExportTarget.h"
#include "personal/PersonalDataJson.h"
#include "storage/PersonalDatabase.h"

namespace outpace {

namespace {

using S = StorageCommands;

int runBackup(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto code = S::parseOrExit(session, parser, arguments, QStringLiteral("backup")))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return session.fail(StorageCommands::tr("expected: outpace-cli backup"), ExitUsage);
    auto database = S::openDatabase(session);
    if (!database)
        return ExitRefused;
    Result<QString> made = database->backup(BackupKind::Manual);
    if (!made)
        return session.fail(made.error());
    session.out() << StorageCommands::tr("Backup written to %1").arg(S::native(made.value())) << '\n';
    return ExitOk;
}

int runRestore(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto code = S::parseOrExit(session, parser, arguments, QStringLiteral("restore [FILE]")))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.size() > 1)
        return session.fail(StorageCommands::tr("expected: outpace-cli restore [FILE]"), ExitUsage);
    QString source = words.value(0);
    if (source.isEmpty()) {
        source = BackupStore(session.dataDirectory()).newestGoodBackup();
        if (source.isEmpty())
            return session.fail(StorageCommands::tr("there is no good backup in %1.")
                                    .arg(S::native(BackupStore(session.dataDirectory()).folder())));
    }
    Result<QString> restored = PersonalDatabase::restore(session.dataDirectory(), source);
    if (!restored)
        return session.fail(restored.error());
    session.out() << StorageCommands::tr("Restored your data from %1.").arg(S::native(source)) << '\n';
    if (!restored->isEmpty())
        session.out()
            << StorageCommands::tr("The data it replaced is kept in %1.").arg(S::native(restored.value()))
            << '\n';
    // Opening once now applies any migration and reports a problem while the user is looking.
    return S::openDatabase(session) ? ExitOk : ExitRefused;
}

int runExport(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(
        QStringLiteral("force"), StorageCommands::tr("Replace FILE even when it is not an earlier export."));
    parser.addOption(force);
    if (auto code = S::parseOrExit(session, parser, arguments, QStringLiteral("export FILE [--force]")))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return session.fail(StorageCommands::tr("expected: outpace-cli export FILE [--force]"), ExitUsage);
    const ExportTarget::Check target = ExportTarget::check(words[0], session.dataDirectory());
    if (target.verdict == ExportTarget::Verdict::Refused
        || (target.verdict == ExportTarget::Verdict::NeedsConfirmation && !parser.isSet(force))) {
        return session.fail(target.verdict == ExportTarget::Verdict::Refused
                ? target.reason
                : target.reason + QLatin1Char(' ') + StorageCommands::tr("Add --force to replace it."));
    }
    auto database = S::openDatabase(session);
    if (!database)
        return ExitRefused;
    Result<PersonalDataSnapshot> snapshot = PersonalDataSnapshot::load(database->connection());
    if (!snapshot)
        return session.fail(snapshot.error());
    if (Status written = PersonalDataJson::writeFile(words[0], snapshot.value(), database->now()); !written)
        return session.fail(written.error());
    session.out() << StorageCommands::tr(
        "Exported %n profile(s) to %1.", nullptr, int(snapshot->profiles.size()))
                         .arg(S::native(words[0]))
                  << '\n';
    return ExitOk;
}

int runImport(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto code = S::parseOrExit(session, parser, arguments, QStringLiteral("import FILE")))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return session.fail(StorageCommands::tr("expected: outpace-cli import FILE"), ExitUsage);
    // The whole file is checked before the database is touched.
    Result<PersonalDataSnapshot> snapshot = PersonalDataJson::readFile(words[0]);
    if (!snapshot) {
        session.fail(
            StorageCommands::tr("%1 was not imported; nothing was changed:").arg(S::native(words[0])));
        for (const QString &problem : snapshot.errors())
            session.err() << "  " << problem << '\n';
        return ExitRefused;
    }
    auto database = S::openDatabase(session);
    if (!database)
        return ExitRefused;
    Result<QString> kept = database->backup(BackupKind::BeforeImport);
    if (!kept)
        return session.fail(
            StorageCommands::tr("no backup could be made, so nothing was imported: %1").arg(kept.error()));
    if (Status written = snapshot->replaceInto(database->connection()); !written)
        return session.fail(
            StorageCommands::tr("the import failed and nothing was changed: %1").arg(written.error()));
    session.out()
        << StorageCommands::tr("Imported %n profile(s) from %1.", nullptr, int(snapshot->profiles.size()))
               .arg(S::native(words[0]))
        << '\n'
        << StorageCommands::tr("Your data as it was before is kept in %1.").arg(S::native(kept.value()))
        << '\n';
    return ExitOk;
}

} // namespace

QList<CliCommand> backupCommands()
{
    return {
        {QStringLiteral("backup"), QString(), StorageCommands::tr("Back up your personal data now."),
            runBackup},
        {QStringLiteral("restore"), QStringLiteral("[FILE]"),
            StorageCommands::tr("Bring back a backup (default: the newest good one)."), runRestore},
        {QStringLiteral("export"), QStringLiteral("FILE [--force]"),
            StorageCommands::tr("Export all personal data as JSON."), runExport},
        {QStringLiteral("import"), QStringLiteral("FILE"),
            StorageCommands::tr("Replace all personal data with an export file."), runImport},
    };
}

} // namespace outpace
