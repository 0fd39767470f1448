// libFuzzer target: the occupation-table reader (the committed resource, and any table passed to it).

#include "research/OccupationTable.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const outpace::Result<outpace::OccupationTable> table
        = outpace::OccupationTable::read(buffer, QStringLiteral("fuzz.tsv"));
    if (table) {
        // What reads back must write out and read again to the same table.
        const QByteArray written = outpace::OccupationTable::write(table->occupations());
        QByteArray copy = written;
        QBuffer again(&copy);
        again.open(QIODevice::ReadOnly);
        const auto reread = outpace::OccupationTable::read(again, QStringLiteral("again.tsv"));
        if (!reread || outpace::OccupationTable::write(reread->occupations()) != written)
            std::abort();
        for (const outpace::Occupation &o : table->occupations()) {
            if (const auto p = table->percentileAmongWorkers(o.code); p && !(*p >= 0 && *p <= 100))
                std::abort();
            (void)table->similarOccupations(o.code);
        }
    } else if (!table.error().startsWith(QStringLiteral("fuzz.tsv, line "))) {
        std::abort();
    }
    return 0;
}
