#pragma once
// What the personal data commands share: the workspace with its personal data open (its problems told to the
// user, and the backup to restore when the file was refused), the profile and plan the options point at, and
// one translation context. The rules live in the Workspace; these only parse, call and print.

#include "CliSession.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace outpace {

class StorageCommands
{
    Q_DECLARE_TR_FUNCTIONS(StorageCommands)

public:
    static QCommandLineOption profileOption();
    static QCommandLineOption planOption();
    // Parses, and on --help or a usage error gives the exit code to return.
    static std::optional<int> parseOrExit(
        CliSession &session, QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
    // The workspace with the personal data open and --profile applied (for this command only); otherwise
    // prints why (and, for a refused file, which backup to restore and how) and returns nullptr.
    static Workspace *openPersonalData(CliSession &session, const QCommandLineParser &parser);
    // The plan the command is about: --plan ROLE, else the profile's only plan; `exitCode` says why not.
    static std::optional<Plan> resolvePlan(
        CliSession &session, Workspace &workspace, const QCommandLineParser &parser, int *exitCode);
    static void writeJson(QTextStream &out, const QJsonObject &object);
};

// backup, restore, export, import (BackupCommands.cpp); part of storageCommands().
QList<CliCommand> backupCommands();

} // namespace outpace
