// `outpace-cli report`: the PDF report of a role, from an answers file or a profile's saved audit and plan,
// written without a display (main() starts Qt Gui on the offscreen platform for this command only).

#include "CliSession.h"

#include "ReportDocument.h"
#include "ReportInputs.h"

#include <QCoreApplication>
#include <QDir>

namespace outpace {

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

int runReport(CliSession &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answersOption(QStringLiteral("answers"),
        ReportCommand::tr("Your answers file (JSON); without it or --profile, the role's default answers."),
        QStringLiteral("file"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        ReportCommand::tr("Whose saved audit and plan to report (a profile name)."), QStringLiteral("name"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
        ReportCommand::tr("Paper size: a4 or letter (default: from the locale)."),
        QStringLiteral("a4|letter"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
        ReportCommand::tr("The PDF file to write."), QStringLiteral("file"));
    parser.addOptions({answersOption, profileOption, paperOption, outputOption});
    parser.addPositionalArgument(
        QStringLiteral("role"), ReportCommand::tr("A role id from outpace-cli roles, or an O*NET-SOC code."));
    const QString usage = QStringLiteral(
        "report ROLE|CODE [--answers FILE | --profile NAME] [--lang en|fr] [--paper a4|letter] -o FILE.pdf");
    if (!session.parse(parser, arguments, usage))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return session.fail(ReportCommand::tr("expected exactly one role or O*NET code."), ExitUsage);
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return session.fail(ReportCommand::tr("say where to write the report with -o FILE.pdf."), ExitUsage);
    if (parser.isSet(answersOption) && parser.isSet(profileOption))
        return session.fail(
            ReportCommand::tr(
                "--answers and --profile exclude each other: the audit comes from one or the other."),
            ExitUsage);
    std::optional<QPageSize::PageSizeId> paper;
    if (parser.isSet(paperOption)) {
        const QString value = parser.value(paperOption).toLower();
        if (value == QLatin1String("a4"))
            paper = QPageSize::A4;
        else if (value == QLatin1String("letter"))
            paper = QPageSize::Letter;
        else
            return session.fail(ReportCommand::tr("unknown paper \"%1\": expected a4 or letter.")
                                    .arg(parser.value(paperOption)),
                ExitUsage);
    }

    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitRefused;
    const Language language = session.language();
    Result<RoleRef> ref = workspace->lookup().find(positional.first(), language);
    if (!ref)
        return session.failWith(ref.errors());
    ReportRequest request;
    request.ref = ref.value();
    request.language = language;
    if (parser.isSet(profileOption)) {
        if (Status used = workspace->useProfile(parser.value(profileOption)); !used)
            return session.failWith(used.errors());
        request.fromProfile = true;
    } else if (parser.isSet(answersOption)) {
        Result<AuditAnswers> answers = workspace->readAnswers(ref.value(), parser.value(answersOption));
        if (!answers) {
            QStringList problems{ReportCommand::tr("the answers file was refused:")};
            return session.failWith(problems + answers.errors());
        }
        request.answers = std::move(answers).value();
    }
    Result<ReportContent> content = ReportInputs::gather(*workspace, request);
    if (!content)
        return session.failWith(content.errors());
    if (request.fromProfile && !content->audit)
        session.err() << "outpace-cli: "
                      << ReportCommand::tr("%1 has no saved audit of %2: the report has no personal result.")
                             .arg(content->profileName, content->portrait.title)
                      << '\n';

    ReportDocument report(std::move(content).value());
    if (paper)
        report.setPaper(*paper);
    const QString output = parser.value(outputOption);
    if (Status written = report.writePdf(output); !written)
        return session.failWith(written.errors());
    session.out() << ReportCommand::tr("Report written to %1").arg(QDir::toNativeSeparators(output)) << '\n';
    return ExitOk;
}

} // namespace

QList<CliCommand> reportCommands()
{
    return {
        {QStringLiteral("report"), QStringLiteral("ROLE|CODE [--answers FILE | --profile NAME] -o FILE.pdf"),
            ReportCommand::tr("Write the PDF report: portrait, result, roadmap and sources."), runReport},
    };
}

} // namespace outpace
