#pragma once
// Reads the Microsoft "Working with AI" applicability scores (soc_ai_applicability_scores.csv), strictly:
// three columns, one row per SOC code, a score between 0 and 1.

#include "common/Result.h"
#include "research/ApplicabilityScore.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

namespace outpace {

class ApplicabilityReader
{
    Q_DECLARE_TR_FUNCTIONS(ApplicabilityReader)

public:
    using Sink = std::function<Status(const ApplicabilityScore &)>;

    static QStringList columns();
    static Status read(QIODevice &device, const QString &sourceName, const Sink &sink);
    static Result<QList<ApplicabilityScore>> readAll(QIODevice &device, const QString &sourceName);
    static Result<QList<ApplicabilityScore>> readFile(const QString &path);
};

} // namespace outpace
