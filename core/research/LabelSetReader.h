#pragma once
// Reads the GPTs-are-GPTs task label set (full_labelset.tsv) one task at a time, refusing anything that is
// not exactly that file's layout, so that imported figures can be trusted to match the published ones.

#include "common/Result.h"
#include "research/LabelSetTask.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

namespace outpace {

class LabelSetReader
{
    Q_DECLARE_TR_FUNCTIONS(LabelSetReader)

public:
    // Called for each task in file order; a failure stops the reading and is returned as it is.
    using Sink = std::function<Status(const LabelSetTask &)>;

    static QStringList columns();
    static Status read(QIODevice &device, const QString &sourceName, const Sink &sink);
    static Status readFile(const QString &path, const Sink &sink);
    static Result<QList<LabelSetTask>> readAll(const QString &path);

private:
    static QString meaningOf(const char *what, const QByteArray &label);
};

} // namespace outpace
