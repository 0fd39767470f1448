#include "research/DelimitedReader.h"

#include <QDir>
#include <QFile>
#include <QIODevice>

namespace outpace {

namespace {

QString shown(const QByteArray &bytes)
{
    // A header cell can be anything; keep the message short and printable.
    QString text = QString::fromUtf8(bytes.left(60));
    if (bytes.size() > 60)
        text += QStringLiteral("…");
    return text;
}

} // namespace

Status openResearchFile(OutsideFile &file)
{
    return file.openForReading();
}

DelimitedReader::DelimitedReader(QIODevice &device, QString sourceName, char delimiter)
    : m_device(device)
    , m_source(std::move(sourceName))
    , m_delimiter(delimiter)
{ }

QString DelimitedReader::placeMessage(const QString &source, qint64 line, int column, const QString &problem)
{
    //: %1 is a file name, %4 what is wrong at that place
    return tr("%1, line %2, column %3: %4").arg(source).arg(line).arg(column).arg(problem);
}

bool DelimitedReader::failAt(qint64 line, int column, const QString &expected)
{
    if (m_error.isEmpty())
        m_error = placeMessage(m_source, line, column, expected);
    return false;
}

bool DelimitedReader::fail(qsizetype field, const QString &expected)
{
    const int column = field >= 0 && field < m_offsets.size() ? this->column(field) : 1;
    return failAt(m_lineNumber, column, expected);
}

bool DelimitedReader::atEnd()
{
    return m_position == m_buffer.size() && !fill();
}

bool DelimitedReader::fill()
{
    if (m_deviceDone)
        return false;
    // Keep the start of a line cut by the previous block; what came before it is no longer referred to.
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    constexpr qint64 block = 256 * 1024;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + block);
    const qint64 got = m_device.read(m_buffer.data() + kept, block);
    m_buffer.resize(kept + qMax<qint64>(got, 0));
    if (got < 0 && m_error.isEmpty()) {
        const auto *file = dynamic_cast<const OutsideFile *>(&m_device);
        m_error = file && file->exceededLimit()
            ? m_device.errorString()
            : tr("cannot read %1: %2").arg(m_source, m_device.errorString());
    }
    if (got <= 0)
        m_deviceDone = true;
    return got > 0;
}

bool DelimitedReader::readRecord()
{
    m_fields.clear(); // they point into the previous line
    m_offsets.clear();
    if (failed() || atEnd())
        return false;
    // The file is read by large blocks and each line is a view into the block: no copy, no allocation.
    qsizetype end = -1;
    for (qsizetype searched = m_position;;) {
        const char *from = m_buffer.constData() + searched;
        if (const void *found = memchr(from, '\n', size_t(m_buffer.size() - searched))) {
            end = static_cast<const char *>(found) - m_buffer.constData();
            break;
        }
        searched = m_buffer.size() - m_position; // fill() moves the line to the start of the buffer
        // A table's line is a few hundred bytes; without a bound, a file with no line break (a disk image,
        // /dev/zero behind a link) would be held in memory whole.
        if (searched > maximumLineBytes) {
            ++m_lineNumber;
            return failAt(m_lineNumber, 1,
                tr("the line is longer than %1 bytes: this is not a research table").arg(maximumLineBytes));
        }
        if (!fill())
            break;
    }
    if (failed())
        return false;
    const bool lineBreak = end >= 0;
    const qsizetype lineEnd = lineBreak ? end : m_buffer.size();
    qsizetype start = m_position;
    m_position = lineBreak ? end + 1 : lineEnd;
    ++m_lineNumber;
    if (m_atStart) {
        m_atStart = false;
        if (QByteArrayView(m_buffer.constData() + start, lineEnd - start).startsWith("\xEF\xBB\xBF"))
            start += 3;
    }
    qsizetype size = lineEnd - start;
    if (!lineBreak && m_requireFinalLineBreak) {
        m_line = QByteArray::fromRawData(m_buffer.constData() + start, size);
        return failAt(m_lineNumber, utf8Length(m_line.constData(), size) + 1,
            tr("the last line ends without a line break: the file looks truncated"));
    }
    if (size > 0 && m_buffer.at(start + size - 1) == '\r')
        --size;
    m_line = QByteArray::fromRawData(m_buffer.constData() + start, size);
    const QByteArray &line = m_line;
    const qsizetype bad = firstInvalidUtf8(line.constData(), line.size());
    if (bad >= 0) {
        return failAt(m_lineNumber, utf8Length(line.constData(), bad) + 1,
            tr("byte 0x%1 is not valid UTF-8: expected text encoded in UTF-8")
                .arg(static_cast<unsigned char>(line.at(bad)), 2, 16, QLatin1Char('0')));
    }
    return splitLine(line);
}

bool DelimitedReader::splitLine(const QByteArray &line)
{
    // Byte offsets only: the character column is worked out when an error needs it, not for every field.
    m_fields.clear();
    m_offsets.clear();
    const char *data = line.constData();
    const qsizetype size = line.size();
    auto columnAt = [data](qsizetype offset) { return utf8Length(data, offset) + 1; };
    qsizetype i = 0;
    for (;;) {
        m_offsets.append(i);
        if (i < size && data[i] == '"') {
            QByteArray value;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < size) {
                if (data[j] == '"') {
                    if (j + 1 < size && data[j + 1] == '"') {
                        value.append('"');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                value.append(data[j]);
                ++j;
            }
            if (!closed) {
                return failAt(m_lineNumber, columnAt(i),
                    tr("a quoted field is not closed on its line: expected a closing quote"));
            }
            i = j + 1;
            m_fields.append(value);
            if (i == size)
                return true;
            if (data[i] != m_delimiter) {
                return failAt(m_lineNumber, columnAt(i),
                    tr("unexpected text after a closing quote: expected a separator or the end "
                       "of the line"));
            }
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && data[end] != m_delimiter) {
            const char c = data[end];
            if (c == '"' || c == '\r' || c == '\0') {
                return failAt(m_lineNumber, columnAt(end),
                    c == '"' ? tr("a quote inside an unquoted field: expected the field to be "
                                  "quoted as a whole")
                             : tr("a control character inside a field: expected plain text"));
            }
            ++end;
        }
        // Unquoted fields, nearly all of them, are views into the line: no copy per field.
        m_fields.append(QByteArray::fromRawData(data + i, end - i));
        if (end == size)
            return true;
        i = end + 1;
    }
}

bool DelimitedReader::expectHeader(const QStringList &columns)
{
    if (atEnd()) {
        return failAt(1, 1,
            tr("the file is empty: expected a header line with the columns %1")
                .arg(columns.join(QStringLiteral(", "))));
    }
    if (!readRecord())
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i >= m_fields.size()) {
            return failAt(1, m_offsets.isEmpty() ? 1 : column(m_offsets.size() - 1),
                tr("the column \"%1\" is missing: expected the columns %2")
                    .arg(columns.at(i), columns.join(QStringLiteral(", "))));
        }
        if (m_fields.at(i) != columns.at(i).toUtf8()) {
            // A name expected further on means this one was left out; say that rather than "found X".
            const QString found = QString::fromUtf8(m_fields.at(i));
            if (columns.indexOf(found, i + 1) > i) {
                return fail(i,
                    tr("the column \"%1\" is missing: expected it before \"%2\" (the columns are %3)")
                        .arg(columns.at(i), found, columns.join(QStringLiteral(", "))));
            }
            return fail(i,
                tr("found the column \"%1\": expected \"%2\" (the columns are %3)")
                    .arg(shown(m_fields.at(i)), columns.at(i), columns.join(QStringLiteral(", "))));
        }
    }
    if (m_fields.size() > columns.size()) {
        return fail(columns.size(),
            (columns.size() == 1 ? tr("unexpected extra column \"%1\": expected only one column")
                                 : tr("unexpected extra column \"%1\": expected only %n columns", nullptr,
                                     int(columns.size())))
                .arg(shown(m_fields.at(columns.size()))));
    }
    return true;
}

bool DelimitedReader::expectFieldCount(qsizetype count)
{
    if (m_fields.size() == count)
        return true;
    if (m_fields.size() < count) {
        return failAt(m_lineNumber, column(m_offsets.size() - 1),
            tr("the line has %1 fields: expected %2 (is a column missing or the line cut short?)")
                .arg(m_fields.size())
                .arg(count));
    }
    return fail(count,
        tr("the line has %1 fields: expected %2 (an extra separator or column?)")
            .arg(m_fields.size())
            .arg(count));
}

} // namespace outpace
