// libFuzzer target: the Microsoft applicability reader on any bytes.

#include "research/ApplicabilityReader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const outpace::Status status = outpace::ApplicabilityReader::read(
        buffer, QStringLiteral("fuzz.csv"), [](const outpace::ApplicabilityScore &row) {
            if (row.socCode.size() != 7 || !(row.score >= 0 && row.score <= 1))
                std::abort();
            return outpace::success();
        });
    if (!status && !status.error().startsWith(QStringLiteral("fuzz.csv, line ")))
        std::abort();
    return 0;
}
