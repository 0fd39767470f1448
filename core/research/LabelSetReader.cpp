#include "research/LabelSetReader.h"

#include "research/DelimitedReader.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <cmath>

namespace outpace {

namespace {

enum LabelSetColumn {
    RowIndex,
    OccupationCode,
    TaskId,
    Statement,
    TaskTypeColumn,
    Title,
    HumanExposure,
    Gpt4Exposure,
    Gpt4ExposureAlt,
    Gpt3Relevant,
    Gpt4Automation,
    Alpha,
    Beta,
    Gamma,
    Automation,
    HumanLabels,
    ColumnCount
};

std::optional<ExposureLabel> exposureFromBytes(const QByteArray &bytes)
{
    if (bytes.size() != 2 || bytes[0] != 'E' || bytes[1] < '0' || bytes[1] > '3')
        return std::nullopt;
    return static_cast<ExposureLabel>(bytes[1] - '0');
}

std::optional<int> automationFromBytes(const QByteArray &bytes)
{
    if (bytes.size() != 2 || bytes[0] != 'T' || bytes[1] < '0' || bytes[1] > '4')
        return std::nullopt;
    return bytes[1] - '0';
}

// How pandas writes the few values the figure columns can take; empty for any other.
QByteArrayView canonicalFigure(double value)
{
    if (value == 0)
        return "0.0";
    if (value == 0.25)
        return "0.25";
    if (value == 0.5)
        return "0.5";
    if (value == 0.75)
        return "0.75";
    if (value == 1)
        return "1.0";
    return {};
}

bool isDigits(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

QStringList LabelSetReader::columns()
{
    return {QString(), QStringLiteral("O*NET-SOC Code"), QStringLiteral("Task ID"), QStringLiteral("Task"),
        QStringLiteral("Task Type"), QStringLiteral("Title"), QStringLiteral("human_exposure_agg"),
        QStringLiteral("gpt4_exposure"), QStringLiteral("gpt4_exposure_alt_rubric"),
        QStringLiteral("gpt_3_relevant"), QStringLiteral("gpt4_automation"), QStringLiteral("alpha"),
        QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("automation"),
        QStringLiteral("human_labels")};
}

QString LabelSetReader::meaningOf(const char *what, const QByteArray &label)
{
    const QString name = QString::fromUtf8(label);
    if (qstrcmp(what, "alpha") == 0)
        return tr("alpha of %1").arg(name);
    if (qstrcmp(what, "beta") == 0)
        return tr("beta of %1").arg(name);
    if (qstrcmp(what, "gamma") == 0)
        return tr("gamma of %1").arg(name);
    return tr("automation of %1").arg(name);
}

// O*NET-SOC codes look like 15-1252.00.
static bool isOnetCode(const QByteArray &code)
{
    if (code.size() != 10 || code[2] != '-' || code[7] != '.')
        return false;
    for (int i : {0, 1, 3, 4, 5, 6, 8, 9}) {
        if (code[i] < '0' || code[i] > '9')
            return false;
    }
    return true;
}

namespace {

// Whether a statement holds nothing but white space, as QString::trimmed() sees it, deciding on the bytes
// whenever they are plain ASCII (nearly always) and decoding only otherwise.
bool isBlank(QByteArrayView utf8)
{
    bool ascii = true;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80) {
            ascii = false;
        } else if (byte != ' ' && (byte < '\t' || byte > '\r')) {
            return false; // a visible ASCII character (or a control one, which trimmed() keeps)
        }
    }
    return ascii || QString::fromUtf8(utf8).trimmed().isEmpty();
}

} // namespace

Status LabelSetReader::readRows(QIODevice &device, const QString &sourceName, const RowSink &sink)
{
    DelimitedReader reader(device, sourceName, '\t');
    reader.setRequireFinalLineBreak(true);
    if (!reader.expectHeader(columns()))
        return Status::failure(reader.error());

    QHash<int, qint64> lineOfTask;
    lineOfTask.reserve(32768);
    struct KnownOccupation
    {
        QByteArray titleBytes;
        int tasks = 0;
    };
    QHash<QByteArray, KnownOccupation> knownOccupations;
    auto current = knownOccupations.end(); // the previous row's occupation; an insertion may move it
    LabelSetRow task;
    auto exposure = [&](int column, ExposureLabel *label) {
        const std::optional<ExposureLabel> value = exposureFromBytes(reader.fields().at(column));
        if (!value) {
            return reader.fail(column,
                tr("unknown exposure label \"%1\": expected E0, E1, E2 or E3").arg(reader.text(column)));
        }
        *label = *value;
        return true;
    };
    // The meaning is only worded when a figure is wrong: translating it on every row cost a third of the
    // time.
    auto figure = [&](int column, double expected, const char *what, const QByteArray &label) {
        // pandas writes these figures as "0.0", "0.25", "0.5", "0.75" or "1.0": when the text is exactly that
        // of the expected value, it needs no parsing.
        if (const QByteArrayView canonical = canonicalFigure(expected);
            !canonical.isEmpty() && QByteArrayView(reader.fields().at(column)) == canonical)
            return true;
        bool ok = false;
        const double value = reader.fields().at(column).toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            return reader.fail(column,
                tr("\"%1\" is not a number: expected %2 (%3)")
                    .arg(reader.text(column))
                    .arg(expected)
                    .arg(meaningOf(what, label)));
        }
        if (std::abs(value - expected) > 1e-9) {
            return reader.fail(column,
                tr("found %1: expected %2 (%3)").arg(value).arg(expected).arg(meaningOf(what, label)));
        }
        return true;
    };

    while (reader.readRecord()) {
        if (!reader.expectFieldCount(ColumnCount))
            break;
        const QList<QByteArray> &f = reader.fields();
        if (!isDigits(f[RowIndex])) {
            reader.fail(RowIndex,
                tr("\"%1\" is not a row number: expected a whole number").arg(reader.text(RowIndex)));
            break;
        }
        if (!isOnetCode(f[OccupationCode])) {
            reader.fail(OccupationCode,
                tr("\"%1\" is not an O*NET-SOC code: expected a code such as 15-1252.00")
                    .arg(reader.text(OccupationCode)));
            break;
        }

        QByteArrayView id = f[TaskId];
        if (id.endsWith(".0"))
            id.chop(2);
        bool idOk = isDigits(id) && id.size() <= 9;
        task.taskId = idOk ? id.toInt(&idOk) : 0;
        if (!idOk || task.taskId <= 0) {
            reader.fail(TaskId,
                tr("\"%1\" is not a task id: expected a positive whole number such as 8823.0")
                    .arg(reader.text(TaskId)));
            break;
        }
        const auto seen = lineOfTask.constFind(task.taskId);
        if (seen != lineOfTask.constEnd()) {
            reader.fail(TaskId,
                tr("the task id %1 is repeated (first on line %2): expected each task once")
                    .arg(task.taskId)
                    .arg(*seen));
            break;
        }
        lineOfTask.insert(task.taskId, reader.lineNumber());

        task.statement = f[Statement];
        if (isBlank(task.statement)) {
            reader.fail(Statement, tr("the task statement is empty: expected the text of the task"));
            break;
        }
        const std::optional<TaskType> type = f[TaskTypeColumn].isEmpty()
            ? std::optional(TaskType::Unspecified)
            : f[TaskTypeColumn] == "Core"         ? std::optional(TaskType::Core)
            : f[TaskTypeColumn] == "Supplemental" ? std::optional(TaskType::Supplemental)
                                                  : std::nullopt;
        if (!type) {
            reader.fail(TaskTypeColumn,
                tr("unknown task type \"%1\": expected Core, Supplemental or nothing")
                    .arg(reader.text(TaskTypeColumn)));
            break;
        }
        task.type = *type;

        // Titles repeat on every task of an occupation: compare bytes, check the text once per occupation.
        // The tasks of an occupation follow each other, so the previous row's entry nearly always serves.
        auto known = current != knownOccupations.end() && current.key() == f[OccupationCode]
            ? current
            : knownOccupations.find(f[OccupationCode]);
        if (known == knownOccupations.end()) {
            if (reader.text(Title).trimmed().isEmpty()) {
                reader.fail(Title, tr("the occupation title is empty: expected the O*NET title"));
                break;
            }
            known
                = knownOccupations.insert(QByteArray(f[OccupationCode].constData(), f[OccupationCode].size()),
                    {QByteArray(f[Title].constData(), f[Title].size()), 0});
            task.firstOfOccupation = true;
        } else if (known->titleBytes != f[Title]) {
            reader.fail(Title,
                tr("the title \"%1\" differs from the one given earlier for %2: expected \"%3\"")
                    .arg(reader.text(Title), reader.text(OccupationCode),
                        QString::fromUtf8(known->titleBytes)));
            break;
        } else {
            task.firstOfOccupation = false;
        }
        task.position = known->tasks++;
        current = known;
        task.occupationCode = f[OccupationCode];
        task.occupationTitle = f[Title];

        if (!exposure(HumanExposure, &task.humanExposure) || !exposure(Gpt4Exposure, &task.gpt4Exposure)
            || !exposure(Gpt4ExposureAlt, &task.gpt4ExposureAltRubric))
            break;
        if (f[Gpt3Relevant] == "True" || f[Gpt3Relevant] == "False") {
            task.gpt3Relevant = f[Gpt3Relevant] == "True";
        } else {
            reader.fail(Gpt3Relevant,
                tr("\"%1\" is not a truth value: expected True or False").arg(reader.text(Gpt3Relevant)));
            break;
        }
        const std::optional<int> automation = automationFromBytes(f[Gpt4Automation]);
        if (!automation) {
            reader.fail(Gpt4Automation,
                tr("unknown automation label \"%1\": expected T0, T1, T2, T3 or T4")
                    .arg(reader.text(Gpt4Automation)));
            break;
        }
        task.automation = *automation;

        // The numeric columns repeat the GPT-4 labels; a mismatch means the file was altered or damaged.
        if (!figure(Alpha, exposureAlpha(task.gpt4Exposure), "alpha", f[Gpt4Exposure])
            || !figure(Beta, exposureBeta(task.gpt4Exposure), "beta", f[Gpt4Exposure])
            || !figure(Gamma, exposureGamma(task.gpt4Exposure), "gamma", f[Gpt4Exposure])
            || !figure(Automation, automationValue(task.automation), "automation", f[Gpt4Automation]))
            break;
        if (!f[HumanLabels].isEmpty() && !exposureFromBytes(f[HumanLabels])) {
            reader.fail(HumanLabels,
                tr("unknown exposure label \"%1\": expected E0, E1, E2, E3 or nothing")
                    .arg(reader.text(HumanLabels)));
            break;
        }

        Status accepted = sink(task);
        if (!accepted)
            return accepted;
    }
    if (reader.failed())
        return Status::failure(reader.error());
    if (lineOfTask.isEmpty()) {
        return Status::failure(DelimitedReader::placeMessage(sourceName, reader.lineNumber() + 1, 1,
            tr("no task follows the header: expected at least one task")));
    }
    return success();
}

Status LabelSetReader::read(QIODevice &device, const QString &sourceName, const Sink &sink)
{
    // The code and title are decoded once per occupation (every task repeats them).
    QHash<QByteArray, QPair<QString, QString>> names;
    LabelSetTask task;
    QByteArray currentCode;
    return readRows(device, sourceName, [&](const LabelSetRow &row) {
        if (row.occupationCode != QByteArrayView(currentCode)) {
            currentCode = row.occupationCode.toByteArray();
            auto known = names.constFind(currentCode);
            if (known == names.constEnd()) {
                known = names.insert(currentCode,
                    {QString::fromUtf8(row.occupationCode), QString::fromUtf8(row.occupationTitle)});
            }
            task.occupationCode = known->first;
            task.occupationTitle = known->second;
        }
        task.taskId = row.taskId;
        task.statement = QString::fromUtf8(row.statement);
        task.type = row.type;
        task.humanExposure = row.humanExposure;
        task.gpt4Exposure = row.gpt4Exposure;
        task.gpt4ExposureAltRubric = row.gpt4ExposureAltRubric;
        task.gpt3Relevant = row.gpt3Relevant;
        task.automation = row.automation;
        return sink(task);
    });
}

Status LabelSetReader::readFile(const QString &path, const Sink &sink)
{
    OutsideFile file(path, OutsideFile::researchLimit);
    Status opened = openResearchFile(file);
    if (!opened)
        return opened;
    return read(file, QDir::toNativeSeparators(path), sink);
}

Status LabelSetReader::readRowsFromFile(const QString &path, const RowSink &sink)
{
    OutsideFile file(path, OutsideFile::researchLimit);
    Status opened = openResearchFile(file);
    if (!opened)
        return opened;
    return readRows(file, QDir::toNativeSeparators(path), sink);
}

Result<QList<LabelSetTask>> LabelSetReader::readAll(const QString &path)
{
    QList<LabelSetTask> tasks;
    tasks.reserve(20000);
    Status status = readFile(path, [&tasks](const LabelSetTask &task) {
        tasks.append(task);
        return success();
    });
    if (!status)
        return Result<QList<LabelSetTask>>::failure(status.errors());
    return tasks;
}

} // namespace outpace
