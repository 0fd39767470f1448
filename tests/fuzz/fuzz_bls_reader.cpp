// libFuzzer target: the BLS OEWS reader on any bytes.

#include "research/BlsReader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const outpace::Status status
        = outpace::BlsReader::read(buffer, QStringLiteral("fuzz.csv"), [](const outpace::BlsOccupation &row) {
              if (row.socCode.size() != 7 || (row.employment && *row.employment < 0)
                  || (row.medianWage && *row.medianWage < 0) || (row.medianWage && row.medianWageTopCoded))
                  std::abort();
              return outpace::success();
          });
    if (!status && !status.error().startsWith(QStringLiteral("fuzz.csv, line ")))
        std::abort();
    return 0;
}
