#include "research/ApplicabilityReader.h"

#include "common/OnetCode.h"
#include "research/DelimitedReader.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <cmath>

namespace outpace {

namespace {

enum ApplicabilityColumn { Code, Title, Score, ColumnCount };

} // namespace

QStringList ApplicabilityReader::columns()
{
    return {QStringLiteral("SOC Code"), QStringLiteral("title"), QStringLiteral("ai_applicability_score")};
}

Status ApplicabilityReader::read(QIODevice &device, const QString &sourceName, const Sink &sink)
{
    DelimitedReader reader(device, sourceName, ',');
    if (!reader.expectHeader(columns()))
        return Status::failure(reader.error());

    QHash<QString, qint64> lineOfCode;
    ApplicabilityScore row;
    while (reader.readRecord()) {
        if (!reader.expectFieldCount(ColumnCount))
            break;
        const QList<QByteArray> &f = reader.fields();
        if (!OnetCode::isSocCode(QString::fromLatin1(f[Code]))) {
            reader.fail(
                Code, tr("\"%1\" is not a SOC code: expected a code such as 15-1252").arg(reader.text(Code)));
            break;
        }
        row.socCode = reader.text(Code);
        const auto seen = lineOfCode.constFind(row.socCode);
        if (seen != lineOfCode.constEnd()) {
            reader.fail(Code,
                tr("the SOC code %1 is repeated (first on line %2): expected each code once")
                    .arg(row.socCode)
                    .arg(*seen));
            break;
        }
        lineOfCode.insert(row.socCode, reader.lineNumber());
        row.title = reader.text(Title);
        if (row.title.trimmed().isEmpty()) {
            reader.fail(Title, tr("the title is empty: expected the occupation's title"));
            break;
        }
        bool ok = false;
        row.score = f[Score].toDouble(&ok);
        if (!ok || !std::isfinite(row.score) || row.score < 0 || row.score > 1) {
            reader.fail(
                Score, tr("\"%1\" is not a score: expected a number from 0 to 1").arg(reader.text(Score)));
            break;
        }
        Status accepted = sink(row);
        if (!accepted)
            return accepted;
    }
    if (reader.failed())
        return Status::failure(reader.error());
    if (lineOfCode.isEmpty()) {
        return Status::failure(DelimitedReader::placeMessage(sourceName, reader.lineNumber() + 1, 1,
            tr("no score follows the header: expected at least "
               "one row")));
    }
    return success();
}

Result<QList<ApplicabilityScore>> ApplicabilityReader::readAll(QIODevice &device, const QString &sourceName)
{
    QList<ApplicabilityScore> rows;
    Status status = read(device, sourceName, [&rows](const ApplicabilityScore &row) {
        rows.append(row);
        return success();
    });
    if (!status)
        return Result<QList<ApplicabilityScore>>::failure(status.errors());
    return rows;
}

Result<QList<ApplicabilityScore>> ApplicabilityReader::readFile(const QString &path)
{
    OutsideFile file(path, OutsideFile::researchLimit);
    Status opened = openResearchFile(file);
    if (!opened)
        return Result<QList<ApplicabilityScore>>::failure(opened.errors());
    return readAll(file, QDir::toNativeSeparators(path));
}

} // namespace outpace
