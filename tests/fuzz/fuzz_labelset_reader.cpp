// libFuzzer target: the label-set reader must refuse or accept any bytes without crashing, and what it
// accepts must hold the invariants the importer relies on.

#include "research/LabelSetReader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const outpace::Status status = outpace::LabelSetReader::read(
        buffer, QStringLiteral("fuzz.tsv"), [](const outpace::LabelSetTask &task) {
            if (task.taskId <= 0 || task.automation < 0 || task.automation > 4
                || task.occupationCode.size() != 10 || task.statement.trimmed().isEmpty())
                std::abort();
            return outpace::success();
        });
    if (!status && !status.error().startsWith(QStringLiteral("fuzz.tsv, line ")))
        std::abort(); // every refusal names the place
    return 0;
}
