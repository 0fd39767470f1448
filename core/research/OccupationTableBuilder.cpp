#include "research/OccupationTableBuilder.h"

#include "common/OutsideFile.h"

#include "research/ApplicabilityReader.h"
#include "research/BlsReader.h"
#include "research/DelimitedReader.h"
#include "research/LabelSetReader.h"
#include "scoring/RiskScorer.h"
#include "scoring/ScoringModel.h"

#include <QDir>
#include <QFile>
#include <QIODevice>

namespace outpace {

void OccupationTableBuilder::accumulate(Totals &totals, const LabelSetTask &task)
{
    // Weights and battlefield classes are the scoring model's, the same as for a curated role's tasks.
    const ScoringModel &model = ScoringModel::builtIn();
    const double weight = model.weightOf(task.type);
    ++totals.tasks;
    if (task.type == TaskType::Core)
        ++totals.coreTasks;
    totals.weight += weight;
    auto add = [weight](double *sums, ExposureLabel label) {
        sums[0] += weight * exposureAlpha(label);
        sums[1] += weight * exposureBeta(label);
        sums[2] += weight * exposureGamma(label);
    };
    add(totals.gpt4, task.gpt4Exposure);
    add(totals.human, task.humanExposure);
    const TaskLabels labels = modelLabelsOf(task, model);
    totals.automation += weight * labels.automation;
    switch (RiskScorer(model).classify(labels, Lens::Gpt4)) {
    case Battlefield::AutomatedAlready:
        ++totals.automated;
        break;
    case Battlefield::SafeForNow:
        ++totals.safe;
        break;
    case Battlefield::NeedsOversight:
        ++totals.oversight;
        break;
    }
}

Occupation OccupationTableBuilder::finish(const QString &code, const Totals &totals)
{
    Occupation o;
    o.code = code;
    o.socCode = code.left(7);
    o.title.en = totals.title;
    o.taskCount = totals.tasks;
    o.coreTaskCount = totals.coreTasks;
    const double weight = totals.weight;
    auto figures = [weight](const double *sums) {
        return ExposureFigures{sums[0] / weight, sums[1] / weight, sums[2] / weight};
    };
    o.gpt4 = figures(totals.gpt4);
    o.human = figures(totals.human);
    o.automation = totals.automation / weight;
    o.automatedTasks = totals.automated;
    o.oversightTasks = totals.oversight;
    o.safeTasks = totals.safe;
    return o;
}

void OccupationTableBuilder::addTask(const LabelSetTask &task)
{
    Totals &totals = m_totals[task.occupationCode];
    if (totals.title.isEmpty())
        totals.title = task.occupationTitle;
    accumulate(totals, task);
}

Occupation OccupationTableBuilder::figuresOf(const QList<LabelSetTask> &tasks)
{
    Totals totals;
    for (const LabelSetTask &task : tasks) {
        if (totals.title.isEmpty())
            totals.title = task.occupationTitle;
        accumulate(totals, task);
    }
    return finish(tasks.isEmpty() ? QString() : tasks.first().occupationCode, totals);
}

Status OccupationTableBuilder::readFrenchTitles(QIODevice &device, const QString &sourceName)
{
    DelimitedReader reader(device, sourceName, '\t');
    if (!reader.expectHeader(
            {QStringLiteral("code"), QStringLiteral("title_en"), QStringLiteral("title_fr")}))
        return Status::failure(reader.error());
    while (reader.readRecord()) {
        if (!reader.expectFieldCount(3))
            break;
        const QString code = reader.text(0);
        if (m_french.contains(code)) {
            reader.fail(0, tr("the code %1 is repeated: expected one French title per occupation").arg(code));
            break;
        }
        if (reader.text(2).trimmed().isEmpty()) {
            reader.fail(
                2, tr("the French title is empty: expected a translation of \"%1\"").arg(reader.text(1)));
            break;
        }
        m_french.insert(code, {reader.text(1), reader.text(2)});
    }
    if (reader.failed())
        return Status::failure(reader.error());
    return success();
}

Result<QList<Occupation>> OccupationTableBuilder::build() const
{
    QList<Occupation> occupations;
    QStringList problems;
    occupations.reserve(m_totals.size());
    for (auto it = m_totals.constBegin(); it != m_totals.constEnd(); ++it) {
        Occupation o = finish(it.key(), it.value());
        const auto french = m_french.constFind(o.code);
        if (french == m_french.constEnd()) {
            problems << tr("%1 \"%2\" has no French title: expected a line for it in the French titles")
                            .arg(o.code, o.title.en);
        } else if (french->first != o.title.en) {
            problems << tr("the French title of %1 translates \"%2\": expected a translation of \"%3\"")
                            .arg(o.code, french->first, o.title.en);
        } else {
            o.title.fr = french->second;
        }
        const auto bls = m_bls.constFind(o.socCode);
        if (bls != m_bls.constEnd()) {
            o.employment = bls->employment;
            o.medianWage = bls->medianWage;
            o.medianWageTopCoded = bls->medianWageTopCoded;
        }
        const auto applicability = m_applicability.constFind(o.socCode);
        if (applicability != m_applicability.constEnd())
            o.applicability = *applicability;
        occupations.append(std::move(o));
    }
    if (!problems.isEmpty())
        return Result<QList<Occupation>>::failure(problems);
    return occupations;
}

Result<QList<Occupation>> OccupationTableBuilder::derive(const QString &labels, const QString &bls,
    const QString &applicability, const QString &frenchTitles, const std::function<bool()> &cancelled)
{
    using Failure = Result<QList<Occupation>>;
    const auto stopped = [&cancelled] { return cancelled && cancelled(); };
    const QString cancelMessage = tr("the derivation was cancelled");
    OccupationTableBuilder builder;
    Status status = LabelSetReader::readFile(labels, [&builder](const LabelSetTask &t) {
        builder.addTask(t);
        return success();
    });
    if (!status)
        return Failure::failure(status.errors());
    if (stopped())
        return Failure::failure(cancelMessage);
    const Result<QList<BlsOccupation>> blsRows = BlsReader::readFile(bls);
    if (!blsRows)
        return Failure::failure(blsRows.errors());
    for (const BlsOccupation &row : blsRows.value())
        builder.addBls(row);
    if (stopped())
        return Failure::failure(cancelMessage);
    const Result<QList<ApplicabilityScore>> scores = ApplicabilityReader::readFile(applicability);
    if (!scores)
        return Failure::failure(scores.errors());
    for (const ApplicabilityScore &row : scores.value())
        builder.addApplicability(row);
    const QString titlesPath
        = frenchTitles.isEmpty() ? QStringLiteral(":/research/occupation-titles-fr.tsv") : frenchTitles;
    OutsideFile titles(titlesPath, OutsideFile::researchLimit);
    if (Status opened = openResearchFile(titles); !opened)
        return Failure::failure(opened.errors());
    if (Status read = builder.readFrenchTitles(titles, QDir::toNativeSeparators(titlesPath)); !read)
        return Failure::failure(read.errors());
    if (stopped())
        return Failure::failure(cancelMessage);
    return builder.build();
}

} // namespace outpace
