#pragma once
// Turns the three research files into one row per O*NET occupation: the published occupation figures are
// the weighted mean of the task labels (a core task counts twice), joined with the BLS and Microsoft figures
// of the occupation's 6-digit SOC code. Used by `outpace-cli research derive`.

#include "common/Result.h"
#include "research/ApplicabilityScore.h"
#include "research/BlsOccupation.h"
#include "research/LabelSetTask.h"
#include "research/Occupation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>

class QIODevice;

namespace outpace {

class OccupationTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OccupationTableBuilder)

public:
    void addTask(const LabelSetTask &task);
    void addBls(const BlsOccupation &row) { m_bls.insert(row.socCode, row); }
    void addApplicability(const ApplicabilityScore &row) { m_applicability.insert(row.socCode, row.score); }
    // French titles: lines "code<TAB>English title<TAB>French title" after a header line. Each English
    // title must match the label set's, so a stale translation is noticed.
    Status readFrenchTitles(QIODevice &device, const QString &sourceName);

    // The occupations sorted by code; fails when an occupation has no French title.
    Result<QList<Occupation>> build() const;

    // The whole derivation from the public files (label set, BLS and applicability all required) and a
    // French titles file (empty: the built-in one). `cancelled`, when given, is asked between the files.
    static Result<QList<Occupation>> derive(const QString &labels, const QString &bls,
        const QString &applicability, const QString &frenchTitles = {},
        const std::function<bool()> &cancelled = {});

    // The figures of one occupation computed from its tasks, exactly as build() does.
    static Occupation figuresOf(const QList<LabelSetTask> &tasks);

private:
    // The weights and labels are whole numbers, halves and quarters, so these sums are exact in a double
    // and each mean is rounded once.
    struct Totals
    {
        QString title;
        int tasks = 0;
        int coreTasks = 0;
        double weight = 0;
        double gpt4[3] = {0, 0, 0}; // weighted alpha, beta, gamma
        double human[3] = {0, 0, 0};
        double automation = 0; // weighted a, 0..1
        int automated = 0;
        int oversight = 0;
        int safe = 0;
    };
    static void accumulate(Totals &totals, const LabelSetTask &task);
    static Occupation finish(const QString &code, const Totals &totals);

    QMap<QString, Totals> m_totals;
    QHash<QString, BlsOccupation> m_bls;
    QHash<QString, double> m_applicability;
    QHash<QString, QPair<QString, QString>> m_french; // code -> (English, French)
};

} // namespace outpace
