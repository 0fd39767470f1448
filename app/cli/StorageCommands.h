#pragma once
// What the personal data commands share: the database opened for the length of one command (with its
// problems told to the user, and the backup to restore when the file was refused), the profile and plan the
// options point at, and one translation context.

#include "CliSession.h"

#include "personal/PersonalStore.h"
#include "storage/PersonalDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace outpace {

class StorageCommands
{
    Q_DECLARE_TR_FUNCTIONS(StorageCommands)

public:
    static QString native(const QString &path);
    static QCommandLineOption profileOption();
    static QCommandLineOption planOption();
    // Parses, and on --help or a usage error gives the exit code to return.
    static std::optional<int> parseOrExit(
        CliSession &session, QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
    // Opens the database, or prints why not and, for a refused file, which backup to restore and how.
    static std::unique_ptr<PersonalDatabase> openDatabase(CliSession &session);
    static std::optional<Profile> resolveProfile(
        CliSession &session, PersonalStore &store, const QCommandLineParser &parser, const QDateTime &now);
    // The plan the command is about: --plan ROLE, else the profile's only plan; `exitCode` says why not.
    static std::optional<Plan> resolvePlan(CliSession &session, PersonalStore &store, const Profile &profile,
        const QCommandLineParser &parser, int *exitCode);
    // What the plan commands (step, checkin, progress) work on, opened in one go.
    struct PlanContext
    {
        std::unique_ptr<PersonalDatabase> database;
        std::unique_ptr<PersonalStore> store;
        Profile profile;
        Plan plan;
    };
    // Opens the database and finds the profile and plan the command is about; otherwise prints why and
    // leaves the exit code to return in `exitCode`.
    static std::optional<PlanContext> openPlan(
        CliSession &session, const QCommandLineParser &parser, int *exitCode);
    static const Role *roleOf(CliSession &session, const QString &roleId);
    static void writeJson(QTextStream &out, const QJsonObject &object);
};

// backup, restore, export, import (BackupCommands.cpp); part of storageCommands().
QList<CliCommand> backupCommands();

} // namespace outpace
