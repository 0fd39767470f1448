#include "research/BlsReader.h"

#include "common/OnetCode.h"
#include "research/DelimitedReader.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace outpace {

namespace {

enum BlsColumn { OccCode = 8, OccTitle = 9, OGroup = 10, TotEmp = 11, AMedian = 27 };

} // namespace

QStringList BlsReader::columns()
{
    return QStringLiteral(
        "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,I_GROUP,OWN_CODE,OCC_CODE,"
        "OCC_TITLE,O_GROUP,TOT_EMP,EMP_PRSE,JOBS_1000,LOC_QUOTIENT,PCT_TOTAL,PCT_RPT,H_MEAN,"
        "A_MEAN,MEAN_PRSE,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,"
        "A_PCT75,A_PCT90,ANNUAL,HOURLY")
        .split(QLatin1Char(','));
}

bool BlsReader::parseFigure(const QByteArray &text, std::optional<qint64> *value, QByteArray *marker)
{
    value->reset();
    marker->clear();
    if (text == "*" || text == "**" || text == "#") {
        *marker = text;
        return true;
    }
    // Plain digits, or 1-3 digits followed by groups of ",ddd".
    qint64 number = 0;
    int digitsInGroup = 0;
    bool grouped = false;
    if (text.isEmpty() || text.size() > 18 || text.front() == ',')
        return false;
    for (const char c : text) {
        if (c == ',') {
            if ((grouped && digitsInGroup != 3) || (!grouped && digitsInGroup > 3))
                return false;
            grouped = true;
            digitsInGroup = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        number = number * 10 + (c - '0');
        ++digitsInGroup;
    }
    if (grouped && digitsInGroup != 3)
        return false;
    *value = number;
    return true;
}

Status BlsReader::read(QIODevice &device, const QString &sourceName, const Sink &sink)
{
    DelimitedReader reader(device, sourceName, ',');
    const QStringList names = columns();
    if (!reader.expectHeader(names))
        return Status::failure(reader.error());

    static const QList<QByteArray> groups = {"total", "major", "minor", "broad", "detailed"};
    QHash<QString, qint64> lineOfCode;
    qint64 rows = 0;
    BlsOccupation occupation;
    while (reader.readRecord()) {
        if (!reader.expectFieldCount(names.size()))
            break;
        ++rows;
        const QList<QByteArray> &f = reader.fields();
        if (!groups.contains(f[OGroup])) {
            reader.fail(OGroup,
                tr("unknown occupation group \"%1\": expected total, major, minor, broad or "
                   "detailed")
                    .arg(reader.text(OGroup)));
            break;
        }
        if (!OnetCode::isSocCode(QString::fromLatin1(f[OccCode]))) {
            reader.fail(OccCode,
                tr("\"%1\" is not a SOC code: expected a code such as 15-1252").arg(reader.text(OccCode)));
            break;
        }
        std::optional<qint64> employment;
        std::optional<qint64> wage;
        QByteArray employmentMarker;
        QByteArray wageMarker;
        if (!parseFigure(f[TotEmp], &employment, &employmentMarker)) {
            reader.fail(TotEmp,
                tr("\"%1\" is not an employment figure: expected a number such as "
                   "\"140,886,310\", or *, ** or #")
                    .arg(reader.text(TotEmp)));
            break;
        }
        if (!parseFigure(f[AMedian], &wage, &wageMarker) || (wage && *wage > 100'000'000)) {
            reader.fail(AMedian,
                tr("\"%1\" is not an annual wage: expected a number such as \"45,760\", or *, "
                   "** or #")
                    .arg(reader.text(AMedian)));
            break;
        }
        if (f[OGroup] != "detailed")
            continue;
        occupation.socCode = reader.text(OccCode);
        const auto seen = lineOfCode.constFind(occupation.socCode);
        if (seen != lineOfCode.constEnd()) {
            reader.fail(OccCode,
                tr("the detailed occupation %1 is repeated (first on line %2): expected each "
                   "once")
                    .arg(occupation.socCode)
                    .arg(*seen));
            break;
        }
        lineOfCode.insert(occupation.socCode, reader.lineNumber());
        occupation.title = reader.text(OccTitle);
        if (occupation.title.trimmed().isEmpty()) {
            reader.fail(OccTitle, tr("the occupation title is empty: expected the BLS title"));
            break;
        }
        occupation.employment = employment;
        occupation.medianWage = wage ? std::optional<int>(int(*wage)) : std::nullopt;
        occupation.medianWageTopCoded = wageMarker == "#";
        Status accepted = sink(occupation);
        if (!accepted)
            return accepted;
    }
    if (reader.failed())
        return Status::failure(reader.error());
    if (rows == 0) {
        return Status::failure(DelimitedReader::placeMessage(sourceName, reader.lineNumber() + 1, 1,
            tr("no occupation follows the header: expected at "
               "least one row")));
    }
    return success();
}

Result<QList<BlsOccupation>> BlsReader::readAll(QIODevice &device, const QString &sourceName)
{
    QList<BlsOccupation> rows;
    Status status = read(device, sourceName, [&rows](const BlsOccupation &row) {
        rows.append(row);
        return success();
    });
    if (!status)
        return Result<QList<BlsOccupation>>::failure(status.errors());
    return rows;
}

Result<QList<BlsOccupation>> BlsReader::readFile(const QString &path)
{
    OutsideFile file(path, OutsideFile::researchLimit);
    Status opened = openResearchFile(file);
    if (!opened)
        return Result<QList<BlsOccupation>>::failure(opened.errors());
    return readAll(file, QDir::toNativeSeparators(path));
}

} // namespace outpace
