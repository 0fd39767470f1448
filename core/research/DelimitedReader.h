#pragma once
// The research files are tables written by pandas and by the BLS: one record per line, fields split by a
// tab or a comma, quoted when they hold the separator. This reads them one record at a time, checks the
// bytes are UTF-8, and words every refusal with the file, line and column so the user can find it.

#include "common/OutsideFile.h"
#include "common/Result.h"
#include "common/Utf8.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace outpace {

class DelimitedReader
{
    Q_DECLARE_TR_FUNCTIONS(DelimitedReader)

public:
    static constexpr qsizetype maximumLineBytes = 1024 * 1024;

    DelimitedReader(QIODevice &device, QString sourceName, char delimiter);

    // For files whose writer always ends the last line (pandas does; the BLS does not): a missing final line
    // break then means the file was cut.
    void setRequireFinalLineBreak(bool require) { m_requireFinalLineBreak = require; }

    // Reads the next record into fields(). Returns false at the end of the input or on the first error
    // (then failed() is true and error() says what went wrong).
    bool readRecord();

    // Reads the first record and requires exactly these column names, in this order. An empty file, a
    // missing, renamed or extra column each give an error naming the column.
    bool expectHeader(const QStringList &columns);

    // Requires the current record to have exactly `count` fields.
    bool expectFieldCount(qsizetype count);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &sourceName() const { return m_source; }

    // Valid until the next readRecord(): unquoted fields share the line's bytes.
    const QList<QByteArray> &fields() const { return m_fields; }
    QString text(qsizetype field) const { return QString::fromUtf8(m_fields.at(field)); }
    qint64 lineNumber() const { return m_lineNumber; }
    // 1-based column, in characters, where a field of the current record starts.
    int column(qsizetype field) const { return utf8Length(m_line.constData(), m_offsets.at(field)) + 1; }

    // Records the first error, placed at a field of the current record, and returns false.
    bool fail(qsizetype field, const QString &expected);
    bool failAt(qint64 line, int column, const QString &expected);

    // Gives the place and the problem in one sentence, the same way for every reader.
    static QString placeMessage(const QString &source, qint64 line, int column, const QString &problem);

private:
    bool splitLine(const QByteArray &line);
    // Whether no byte is left, in the buffer or the device.
    bool atEnd();
    // Reads the next block of the device after what the buffer still needs; false when nothing came.
    bool fill();

    QIODevice &m_device;
    QString m_source;
    char m_delimiter;
    QByteArray m_buffer;      // blocks of the device; the current line and what follows it
    qsizetype m_position = 0; // where the next line starts in m_buffer
    bool m_deviceDone = false;
    QByteArray m_line; // a view of the current line in m_buffer, without its line break
    QList<QByteArray> m_fields;
    QList<qsizetype> m_offsets; // where each field starts in m_line
    qint64 m_lineNumber = 0;
    QString m_error;
    bool m_atStart = true;
    bool m_requireFinalLineBreak = false;
};

// Opens a research file for reading, or says why it cannot be read (missing, a folder, a device...). Reading
// stops with an error past OutsideFile::researchLimit bytes.
Status openResearchFile(OutsideFile &file);

} // namespace outpace
