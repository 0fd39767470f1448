#pragma once
// What every sub-command shares: the output streams, the language, the catalog loaded once, and one
// way of reporting errors, so that each command is only its own logic.

#include "catalog/Catalog.h"
#include "common/LocalizedText.h"
#include "workspace/Workspace.h"

#include <QByteArrayList>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace outpace {

class CliSession;

struct CliCommand
{
    QString name;    // first word on the command line
    QString usage;   // arguments after the name, for the command list
    QString summary; // one line, already translated
    std::function<int(CliSession &, const QStringList &arguments)> run;
};

// Exit codes: 0 success, 1 the input or data was refused, 2 the command line was wrong.
enum CliExit { ExitOk = 0, ExitRefused = 1, ExitUsage = 2 };

class CliSession
{
public:
    CliSession(QTextStream &out, QTextStream &err);
    ~CliSession();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    Language language() const { return m_language; }
    // Installs the translator for the language so that every later tr() follows it.
    void setLanguage(Language language);

    // Adds --help, --lang and --data-dir to the parser, parses the arguments (the command name first) and
    // applies --lang. On a bad command line prints the problem and the usage, and returns false.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage);
    // The folder holding personal data: --data-dir, else OUTPACE_DATA_DIR, else the platform's place.
    QString dataDirectory() const;

    // The data folder's workspace (the application layer), with the built-in catalog and occupation table
    // loaded on first use; on failure prints every problem and returns nullptr.
    Workspace *workspace();
    // The workspace's catalog, or nullptr after printing why there is none.
    const Catalog *catalog();
    // Prints "outpace-cli: " and every problem of a refused result, one per line.
    int failWith(const QStringList &problems, int code = ExitRefused);

    // Prints "outpace-cli: message" to the error stream and returns code.
    int fail(const QString &message, int code = ExitRefused);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Language m_language;
    QString m_dataDir;
    std::unique_ptr<Workspace> m_workspace;
    bool m_workspaceFailed = false;
    QString m_advice; // what to do about a refused database file, said after the problem
    struct TranslatorState;
    std::unique_ptr<TranslatorState> m_translators;
};

// The command tables, one per area of the product.
QList<CliCommand> catalogCommands();
QList<CliCommand> storageCommands();
QList<CliCommand> researchCommands();
QList<CliCommand> reportCommands();

// True when the command line runs a command that draws (the report), which needs Qt Gui on the offscreen
// platform; main() decides before the application object exists.
bool needsGui(const QStringList &arguments);

// Runs a whole command line (arguments without the program name); used by main() and by tests.
// `rawArguments` are the same arguments as bytes, when known, so that one that is not UTF-8 is refused.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
    const QByteArrayList &rawArguments = {});

} // namespace outpace
