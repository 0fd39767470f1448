#pragma once
// Reads the BLS Occupational Employment and Wage Statistics national file (national_May2021_dl.csv):
// a byte-order mark, numbers with thousands separators, and *, ** or # where a figure is suppressed or
// top-coded. Only detailed occupations are passed on; every row is still checked.

#include "common/Result.h"
#include "research/BlsOccupation.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

namespace outpace {

class BlsReader
{
    Q_DECLARE_TR_FUNCTIONS(BlsReader)

public:
    using Sink = std::function<Status(const BlsOccupation &)>;

    static QStringList columns();
    static Status read(QIODevice &device, const QString &sourceName, const Sink &sink);
    static Result<QList<BlsOccupation>> readAll(QIODevice &device, const QString &sourceName);
    static Result<QList<BlsOccupation>> readFile(const QString &path);

    // "140,886,310" -> 140886310; "*", "**", "#" -> no value (sets *marker). False when neither.
    static bool parseFigure(const QByteArray &text, std::optional<qint64> *value, QByteArray *marker);
};

} // namespace outpace
