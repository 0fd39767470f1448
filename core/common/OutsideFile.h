#pragma once
// The one way files from outside (imports, answers, research tables, catalog folders) are read: a folder, a
// FIFO or a device is refused before a byte is read (a FIFO would hang, /dev/zero never ends), and reading
// stops with an error past a size limit counted while reading, never trusted from the size the file reports.

#include "common/Result.h"

#include <QCoreApplication>
#include <QFile>

namespace outpace {

class OutsideFile : public QFile
{
    Q_DECLARE_TR_FUNCTIONS(OutsideFile)

public:
    // Enough for years of personal data, an answers file or a catalog file.
    static constexpr qint64 documentLimit = qint64(64) * 1024 * 1024;
    // The research tables are a few megabytes today; room for much larger releases.
    static constexpr qint64 researchLimit = qint64(1024) * 1024 * 1024;

    // `what` names the file in messages when the path alone would not say it ("the answers file").
    OutsideFile(const QString &path, qint64 maximumBytes, QString what = {});

    // Opens for reading when the path names a regular file (links are followed: the user chose the file).
    Status openForReading();
    // True once reading went past the limit; the read that crossed it failed.
    bool exceededLimit() const { return m_exceeded; }

    // The whole file, or why not (missing, not a regular file, larger than the limit).
    static Result<QByteArray> readAll(const QString &path, qint64 maximumBytes, const QString &what = {});
    // What a path names when it is not a regular file, in the user's words ("a folder", "a named pipe
    // (FIFO)", "a device"); empty for a regular file or a path that does not exist.
    static QString specialKind(const QString &path);

protected:
    qint64 readData(char *data, qint64 maximumSize) override;

private:
    QString cannotRead(const QString &reason) const;

    qint64 m_limit;
    QString m_what;
    qint64 m_read = 0;
    bool m_exceeded = false;
};

} // namespace outpace
