#include "research/OccupationTable.h"

#include "research/DelimitedReader.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace outpace {

namespace {

enum TableColumn {
    Code,
    Soc,
    TitleEn,
    TitleFr,
    Tasks,
    CoreTasks,
    Gpt4Alpha,
    Gpt4Beta,
    Gpt4Gamma,
    HumanAlpha,
    HumanBeta,
    HumanGamma,
    Automation,
    AutomatedTasks,
    OversightTasks,
    SafeTasks,
    Employment,
    MedianWage,
    Applicability,
    ColumnCount
};

QByteArray figure(double value)
{
    return QByteArray::number(value, 'f', 6);
}

} // namespace

QStringList OccupationTable::columns()
{
    return QStringLiteral("code,soc,title_en,title_fr,tasks,core_tasks,gpt4_alpha,gpt4_beta,gpt4_gamma,"
                          "human_alpha,human_beta,human_gamma,automation,automated_tasks,oversight_tasks,"
                          "safe_tasks,bls_employment,bls_median_wage,applicability")
        .split(QLatin1Char(','));
}

OccupationTable::OccupationTable(QList<Occupation> occupations)
    : m_occupations(std::move(occupations))
    , m_gpt4Percentile(m_occupations, Lens::Gpt4)
    , m_humanPercentile(m_occupations, Lens::Human)
{
    for (qsizetype i = 0; i < m_occupations.size(); ++i) {
        m_index.insert(m_occupations[i].code, i);
        if (!m_index.contains(m_occupations[i].socCode))
            m_index.insert(m_occupations[i].socCode, i);
    }
}

QByteArray OccupationTable::write(const QList<Occupation> &occupations)
{
    QByteArray out = columns().join(QLatin1Char('\t')).toUtf8() + '\n';
    for (const Occupation &o : occupations) {
        const QByteArray wage = o.medianWageTopCoded ? QByteArray("#")
            : o.medianWage                           ? QByteArray::number(*o.medianWage)
                                                     : QByteArray();
        const QList<QByteArray> fields = {o.code.toUtf8(), o.socCode.toUtf8(), o.title.en.toUtf8(),
            o.title.fr.toUtf8(), QByteArray::number(o.taskCount), QByteArray::number(o.coreTaskCount),
            figure(o.gpt4.alpha), figure(o.gpt4.beta), figure(o.gpt4.gamma), figure(o.human.alpha),
            figure(o.human.beta), figure(o.human.gamma), figure(o.automation),
            QByteArray::number(o.automatedTasks), QByteArray::number(o.oversightTasks),
            QByteArray::number(o.safeTasks), o.employment ? QByteArray::number(*o.employment) : QByteArray(),
            wage, o.applicability ? figure(*o.applicability) : QByteArray()};
        out += fields.join('\t') + '\n';
    }
    return out;
}

Result<OccupationTable> OccupationTable::read(QIODevice &device, const QString &sourceName)
{
    DelimitedReader reader(device, sourceName, '\t');
    if (!reader.expectHeader(columns()))
        return Result<OccupationTable>::failure(reader.error());
    QList<Occupation> occupations;
    QString previous;
    while (reader.readRecord()) {
        if (!reader.expectFieldCount(ColumnCount))
            break;
        const QList<QByteArray> &f = reader.fields();
        Occupation o;
        o.code = reader.text(Code);
        o.socCode = reader.text(Soc);
        if (o.code.size() != 10 || o.socCode != o.code.left(7) || o.code <= previous) {
            reader.fail(Code,
                tr("\"%1\" is out of place: expected O*NET-SOC codes in increasing order, each "
                   "with its SOC code")
                    .arg(o.code));
            break;
        }
        previous = o.code;
        o.title = {reader.text(TitleEn), reader.text(TitleFr)};
        if (!o.title.isComplete()) {
            reader.fail(TitleEn, tr("a title is empty: expected the English and the French title"));
            break;
        }
        bool ok = true;
        auto count = [&](int column) {
            bool good = false;
            const int value = f[column].toInt(&good);
            if (ok && (!good || value < 0))
                ok = reader.fail(
                    column, tr("\"%1\" is not a count: expected a whole number").arg(reader.text(column)));
            return value;
        };
        auto share = [&](int column) {
            bool good = false;
            const double value = f[column].toDouble(&good);
            if (ok && (!good || !(value >= 0 && value <= 1)))
                ok = reader.fail(column,
                    tr("\"%1\" is not a share: expected a number from 0 to 1").arg(reader.text(column)));
            return value;
        };
        o.taskCount = count(Tasks);
        o.coreTaskCount = count(CoreTasks);
        o.gpt4 = {share(Gpt4Alpha), share(Gpt4Beta), share(Gpt4Gamma)};
        o.human = {share(HumanAlpha), share(HumanBeta), share(HumanGamma)};
        o.automation = share(Automation);
        o.automatedTasks = count(AutomatedTasks);
        o.oversightTasks = count(OversightTasks);
        o.safeTasks = count(SafeTasks);
        if (!f[Employment].isEmpty())
            o.employment = count(Employment);
        if (f[MedianWage] == "#")
            o.medianWageTopCoded = true;
        else if (!f[MedianWage].isEmpty())
            o.medianWage = count(MedianWage);
        if (!f[Applicability].isEmpty())
            o.applicability = share(Applicability);
        if (ok && (o.taskCount == 0 || o.automatedTasks + o.oversightTasks + o.safeTasks != o.taskCount))
            ok = reader.fail(
                Tasks, tr("the task counts do not add up: expected the classes to sum to the tasks"));
        if (!ok)
            break;
        occupations.append(std::move(o));
    }
    if (reader.failed())
        return Result<OccupationTable>::failure(reader.error());
    return OccupationTable(std::move(occupations));
}

const Result<OccupationTable> &OccupationTable::builtIn()
{
    static const Result<OccupationTable> table = [] {
        QFile file(QStringLiteral(":/research/occupations.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return Result<OccupationTable>::failure(tr("the built-in occupation table is missing"));
        return read(file, QStringLiteral("occupations.tsv"));
    }();
    return table;
}

const Occupation *OccupationTable::occupation(QStringView code) const
{
    const auto it = m_index.constFind(code.toString());
    return it == m_index.constEnd() ? nullptr : &m_occupations[*it];
}

std::optional<double> OccupationTable::percentileAmongWorkers(QStringView code, Lens lens) const
{
    const Occupation *o = occupation(code);
    if (!o)
        return std::nullopt;
    return percentiles(lens).percentileOfSoc(o->socCode);
}

QList<const Occupation *> OccupationTable::similarOccupations(QStringView code, int limit) const
{
    const Occupation *self = occupation(code);
    if (!self)
        return {};
    struct Candidate
    {
        int level;
        double distance;
        const Occupation *occupation;
    };
    QList<Candidate> candidates;
    for (const Occupation &o : m_occupations) {
        if (&o == self)
            continue;
        int level = -1;
        if (o.socCode == self->socCode)
            level = 0;
        else if (o.code.left(6) == self->code.left(6))
            level = 1;
        else if (o.code.left(5) == self->code.left(5))
            level = 2;
        if (level >= 0)
            candidates.append({level, std::abs(o.gpt4.beta - self->gpt4.beta), &o});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.level != b.level ? a.level < b.level : a.distance < b.distance;
    });
    QList<const Occupation *> result;
    for (const Candidate &c : candidates) {
        if (result.size() >= limit)
            break;
        result.append(c.occupation);
    }
    return result;
}

} // namespace outpace
