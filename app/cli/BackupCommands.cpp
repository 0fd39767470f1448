// The commands that move personal data as whole files: backup, restore, export and import. Each refuses
// before it changes anything when its input is wrong, and keeps the data it replaces.

#include "CliSession.h"
#include "StorageCommands.h"

#include "common/NativePath.h"

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
    Workspace *workspace = S::openPersonalData(session, parser);
    if (!workspace)
        return ExitRefused;
    Result<QString> made = workspace->backup();
    if (!made)
        return session.failWith(made.errors());
    session.out() << StorageCommands::tr("Backup written to %1").arg(nativePath(made.value())) << '\n';
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
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    Result<RestoredData> restored = workspace->restore(words.value(0));
    if (!restored)
        return session.failWith(restored.errors());
    session.out() << StorageCommands::tr("Restored your data from %1.").arg(nativePath(restored->backup))
                  << '\n';
    if (!restored->keptAside.isEmpty())
        session.out()
            << StorageCommands::tr("The data it replaced is kept in %1.").arg(nativePath(restored->keptAside))
            << '\n';
    return ExitOk;
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
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    // The target is judged before the database is opened, so a refused one changes nothing.
    const ExportTarget::Check target = workspace->checkExportTarget(words[0]);
    if (target.verdict == ExportTarget::Verdict::Refused
        || (target.verdict == ExportTarget::Verdict::NeedsConfirmation && !parser.isSet(force))) {
        return session.fail(target.verdict == ExportTarget::Verdict::Refused
                ? target.reason
                : target.reason + QLatin1Char(' ') + StorageCommands::tr("Add --force to replace it."));
    }
    if (!S::openPersonalData(session, parser))
        return ExitRefused;
    Result<int> exported = workspace->exportTo(words[0], parser.isSet(force));
    if (!exported)
        return session.failWith(exported.errors());
    session.out() << (exported.value() == 1
            ? StorageCommands::tr("Exported 1 profile to %1.")
            : StorageCommands::tr("Exported %n profiles to %1.", nullptr, exported.value()))
                         .arg(nativePath(words[0]))
                  << '\n';
    return ExitOk;
}

int runPersonalDataImport(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (auto code = S::parseOrExit(session, parser, arguments, QStringLiteral("import FILE")))
        return *code;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return session.fail(StorageCommands::tr("expected: outpace-cli import FILE"), ExitUsage);
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    Result<ImportedData> imported = workspace->importFrom(words[0]);
    if (!imported)
        return session.failWith(imported.errors());
    session.out() << (imported->profiles == 1
            ? StorageCommands::tr("Imported 1 profile from %1.")
            : StorageCommands::tr("Imported %n profiles from %1.", nullptr, imported->profiles))
                         .arg(nativePath(words[0]))
                  << '\n'
                  << StorageCommands::tr("Your data as it was before is kept in %1.")
                         .arg(nativePath(imported->keptBackup))
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
            StorageCommands::tr("Replace all personal data with an export file."), runPersonalDataImport},
    };
}

} // namespace outpace
