#pragma once
// Reads the GPTs-are-GPTs task label set (full_labelset.tsv) one task at a time, refusing anything that is
// not exactly that file's layout, so that imported figures can be trusted to match the published ones.

#include "common/Result.h"
#include "research/LabelSetTask.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

namespace outpace {

// One task as the file gives it, for a writer that stores the text as it is (ResearchStore): the texts are
// views of the line being read, valid during the call only, and already checked to be UTF-8. Everything
// else is checked and decoded exactly as for LabelSetTask.
struct LabelSetRow
{
    QByteArrayView occupationCode; // UTF-8
    QByteArrayView occupationTitle;
    QByteArrayView statement;
    bool firstOfOccupation = false; // no earlier line of the file has this occupation code
    int position = 0;               // 0 for the occupation's first task in the file, then 1, 2...
    int taskId = 0;
    TaskType type = TaskType::Unspecified;
    ExposureLabel humanExposure = ExposureLabel::E0;
    ExposureLabel gpt4Exposure = ExposureLabel::E0;
    ExposureLabel gpt4ExposureAltRubric = ExposureLabel::E0;
    bool gpt3Relevant = false;
    int automation = 0;
};

class LabelSetReader
{
    Q_DECLARE_TR_FUNCTIONS(LabelSetReader)

public:
    // Called for each task in file order; a failure stops the reading and is returned as it is.
    using Sink = std::function<Status(const LabelSetTask &)>;
    using RowSink = std::function<Status(const LabelSetRow &)>;

    static QStringList columns();
    static Status read(QIODevice &device, const QString &sourceName, const Sink &sink);
    static Status readFile(const QString &path, const Sink &sink);
    // The same checks, without decoding the texts into QString.
    static Status readRows(QIODevice &device, const QString &sourceName, const RowSink &sink);
    static Status readRowsFromFile(const QString &path, const RowSink &sink);
    static Result<QList<LabelSetTask>> readAll(const QString &path);

private:
    static QString meaningOf(const char *what, const QByteArray &label);
};

} // namespace outpace
