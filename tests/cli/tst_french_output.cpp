// French output as a French reader gets it: every role's portrait (text and JSON) and every command's
// help, with no English word left in and one apostrophe style (’); and every text wrapped at 100 columns.

#include "TestMode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString runCli(const QStringList &arguments, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("OUTPACE_DATA_DIR"), dataDir);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OUTPACE_CLI), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// English words that kept turning up in French texts.
const QRegularExpression &forbiddenWords()
{
    static const QRegularExpression words(
        QStringLiteral("(?<![\\w-])(labels?|legacy|data|stores|engineering managers?|todo|doing|done|"
                       "juniors?|seniors?|reporting|machine learning|workflows?|deadlines?)(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    return words;
}

// English placeholders of usage lines and option help; matched in upper case, since "file" is French too.
const QRegularExpression &englishPlaceholders()
{
    static const QRegularExpression placeholders(
        QStringLiteral("(?<![\\w-])(COMMAND|FILE|FOLDER|NAME|ROLE|TEXT|STEP|O\\*NET-CODE)(?![\\w-])|"
                       "<(folder|file|name|role|text|status|week|hours)>"));
    return placeholders;
}

// The plan statuses are typed as they are (todo, doing, done); French help quotes them as such.
QString withoutQuotedStatusKeys(QString text)
{
    static const QRegularExpression quoted(QStringLiteral("«\\x{00a0}(todo|doing|done)\\x{00a0}»"));
    text.remove(quoted);
    // A usage line lists the accepted values as typed.
    text.remove(QStringLiteral("--status todo|doing|done"));
    return text;
}

// The breakdown table's heading line must keep its four headings apart ("Temps", "IA possible"), however
// long a translation makes them.
QStringList headingsRunTogether(const QString &text, const QString &where)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 2 < lines.size(); ++i) {
        if (!lines[i].startsWith(QStringLiteral("BREAKDOWN"))
            && !lines[i].startsWith(QStringLiteral("DÉTAIL")))
            continue;
        static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
        const QStringList headings = lines[i + 2].trimmed().split(gap);
        if (headings.size() != 4)
            return {where + QStringLiteral(": the breakdown headings run together: ") + lines[i + 2]};
        return {};
    }
    return {where + QStringLiteral(": no breakdown table")};
}

QStringList problemsIn(const QString &text, const QString &where)
{
    QStringList problems;
    const QString scanned = withoutQuotedStatusKeys(text);
    for (const QRegularExpression *pattern : {&forbiddenWords(), &englishPlaceholders()}) {
        for (auto it = pattern->globalMatch(scanned); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            problems
                << QStringLiteral("%1: English \"%2\" in \"…%3…\"")
                       .arg(where, match.captured(0),
                           scanned.mid(std::max<qsizetype>(0, match.capturedStart() - 30), 70).simplified());
        }
    }
    const qsizetype apostrophe = scanned.indexOf(QLatin1Char('\''));
    if (apostrophe >= 0)
        problems << QStringLiteral("%1: straight apostrophe in \"…%2…\"")
                        .arg(where, scanned.mid(std::max<qsizetype>(0, apostrophe - 30), 60).simplified());
    return problems;
}

// Prose values of a JSON document; identifiers and keys (no spaces) are not text a reader reads.
// Terminal text is wrapped at 100 columns, never cut and never wider (issue 9). A column is a code point:
// the output holds no double-width characters.
QStringList linesWiderThan100(const QString &text, const QString &where)
{
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype width = lines[i].toUcs4().size();
        if (width > 100)
            problems << QStringLiteral("%1, line %2: %3 columns: %4…")
                            .arg(where)
                            .arg(i + 1)
                            .arg(width)
                            .arg(lines[i].left(60));
    }
    return problems;
}

void collectProse(const QJsonValue &value, QStringList *prose)
{
    if (value.isString() && value.toString().contains(QLatin1Char(' ')))
        *prose << value.toString();
    else if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            collectProse(item, prose);
    else if (value.isObject())
        for (const QJsonValue &item : value.toObject())
            collectProse(item, prose);
}

} // namespace

class TestFrenchOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;

private slots:
    void everyPortraitIsFrench()
    {
        QVERIFY(m_dataDir.isValid());
        const QDir roles(QStringLiteral(OUTPACE_SOURCE_DIR "/resources/catalog/roles"));
        const QStringList files = roles.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 46);
        QStringList problems;
        for (QString id : files) {
            id.chop(5);
            const QString text
                = runCli({QStringLiteral("portrait"), id, QStringLiteral("--lang"), QStringLiteral("fr")},
                    m_dataDir.path());
            QVERIFY2(text.contains(QStringLiteral("FEUILLE DE ROUTE")), qPrintable(id));
            problems << problemsIn(text, id + QStringLiteral(" (texte)"));
            problems << linesWiderThan100(text, id + QStringLiteral(" (texte)"));

            const QJsonDocument json
                = QJsonDocument::fromJson(runCli({QStringLiteral("portrait"), id, QStringLiteral("--lang"),
                                                     QStringLiteral("fr"), QStringLiteral("--json")},
                    m_dataDir.path())
                                              .toUtf8());
            QVERIFY2(json.isObject(), qPrintable(id));
            QStringList prose;
            collectProse(json.object(), &prose);
            QVERIFY2(prose.size() > 50, qPrintable(id));
            problems << problemsIn(prose.join(QLatin1Char('\n')), id + QStringLiteral(" (JSON)"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyHelpIsFrench()
    {
        QVERIFY(m_dataDir.isValid());
        QStringList problems;
        const QString overview = runCli(
            {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")}, m_dataDir.path());
        QVERIFY(overview.contains(QStringLiteral("Commandes")));
        problems << problemsIn(overview, QStringLiteral("--help"));
        const QList<QStringList> commands = {{QStringLiteral("roles")}, {QStringLiteral("portrait")},
            {QStringLiteral("score")}, {QStringLiteral("tools")}, {QStringLiteral("catalog")},
            {QStringLiteral("profile")}, {QStringLiteral("audit")}, {QStringLiteral("plan")},
            {QStringLiteral("step")}, {QStringLiteral("checkin")}, {QStringLiteral("progress")},
            {QStringLiteral("backup")}, {QStringLiteral("restore")}, {QStringLiteral("export")},
            {QStringLiteral("import")}, {QStringLiteral("research"), QStringLiteral("derive")},
            {QStringLiteral("research"), QStringLiteral("import")},
            {QStringLiteral("research"), QStringLiteral("tasks")}};
        for (const QStringList &command : commands) {
            QVERIFY2(overview.contains(QStringLiteral("  ") + command.first() + QLatin1Char(' ')),
                qPrintable(command.first()));
            const QString help = runCli(command
                    + QStringList{QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("fr")},
                m_dataDir.path());
            QVERIFY2(help.contains(QStringLiteral("Utilisation")), qPrintable(command.join(u' ')));
            problems << problemsIn(help, command.join(QLatin1Char(' ')) + QStringLiteral(" --help"));
            problems << linesWiderThan100(help, command.join(QLatin1Char(' ')) + QStringLiteral(" --help"));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The English portraits and every role's score at its default answers keep the same width.
    void everyTextFitsTheTerminal()
    {
        QVERIFY(m_dataDir.isValid());
        const QDir roles(QStringLiteral(OUTPACE_SOURCE_DIR "/resources/catalog/roles"));
        QStringList problems;
        for (QString id : roles.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            id.chop(5);
            const QString portrait
                = runCli({QStringLiteral("portrait"), id, QStringLiteral("--lang"), QStringLiteral("en")},
                    m_dataDir.path());
            QVERIFY2(portrait.contains(QStringLiteral("ROADMAP")), qPrintable(id));
            problems << linesWiderThan100(portrait, id + QStringLiteral(" portrait"));
            // A count reads "1 task" or "9 tasks", never "9 task(s)".
            if (portrait.contains(QStringLiteral("(s)")))
                problems << id + QStringLiteral(" portrait: a count written as \"(s)\"");
            for (const char *language : {"en", "fr"}) {
                const QString score = runCli(
                    {QStringLiteral("score"), id, QStringLiteral("--lang"), QString::fromLatin1(language)},
                    m_dataDir.path());
                QVERIFY2(!score.isEmpty(), qPrintable(id));
                problems << linesWiderThan100(
                    score, id + QStringLiteral(" score --lang ") + QString::fromLatin1(language));
                problems << headingsRunTogether(
                    score, id + QStringLiteral(" score --lang ") + QString::fromLatin1(language));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFrenchOutput)
#include "tst_french_output.moc"
