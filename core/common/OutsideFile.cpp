#include "common/OutsideFile.h"

#include "common/NativePath.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace outpace {

namespace {

#ifdef Q_OS_UNIX
QString kindOfMode(mode_t mode)
{
    if (S_ISDIR(mode))
        return OutsideFile::tr("a folder");
    if (S_ISFIFO(mode))
        return OutsideFile::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return OutsideFile::tr("a device");
    if (S_ISSOCK(mode))
        return OutsideFile::tr("a socket");
    if (!S_ISREG(mode))
        return OutsideFile::tr("not a regular file");
    return {};
}
#endif

QString notAFile(const QString &path, const QString &kind)
{
    //: %1 is a path, %2 what it is instead of a file ("a folder", "a device").
    return OutsideFile::tr("%1 is %2, not a file.").arg(nativePath(path), kind);
}

} // namespace

OutsideFile::OutsideFile(const QString &path, qint64 maximumBytes, QString what)
    : QFile(path)
    , m_limit(maximumBytes)
    , m_what(std::move(what))
{ }

QString OutsideFile::cannotRead(const QString &reason) const
{
    if (m_what.isEmpty()) {
        //: %1 is a path, %2 the system's reason.
        return tr("cannot read %1: %2").arg(nativePath(fileName()), reason);
    }
    //: %1 names the file ("the answers file"), %2 is its path, %3 the system's reason.
    return tr("cannot read %1 %2: %3").arg(m_what, nativePath(fileName()), reason);
}

QString OutsideFile::specialKind(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (path.startsWith(QLatin1Char(':')) || ::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return kindOfMode(status.st_mode);
#else
    const QFileInfo info(path);
    return info.exists() && !info.isFile() ? tr("not a regular file") : QString();
#endif
}

Status OutsideFile::openForReading()
{
    const QString path = fileName();
#ifdef Q_OS_UNIX
    // Qt's resources are compiled in; only real paths need the checks below.
    if (!path.startsWith(QLatin1Char(':'))) {
        // Non-blocking, so that opening a FIFO with no writer returns at once instead of hanging.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return Status::failure(cannotRead(QString::fromLocal8Bit(std::strerror(errno))));
        struct stat status;
        if (::fstat(fd, &status) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return Status::failure(cannotRead(reason));
        }
        if (const QString kind = kindOfMode(status.st_mode); !kind.isEmpty()) {
            ::close(fd);
            return Status::failure(notAFile(path, kind));
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        if (!QFile::open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return Status::failure(cannotRead(errorString()));
        }
        return success();
    }
#else
    if (const QString kind = specialKind(path); !kind.isEmpty())
        return Status::failure(notAFile(path, kind));
#endif
    if (!QFile::open(QIODevice::ReadOnly))
        return Status::failure(cannotRead(errorString()));
    return success();
}

qint64 OutsideFile::readData(char *data, qint64 maximumSize)
{
    if (m_exceeded)
        return -1;
    // One byte past the limit is asked for, so a file of exactly the limit is read whole.
    const qint64 got = QFile::readData(data, qMin(maximumSize, m_limit + 1 - m_read));
    if (got > 0)
        m_read += got;
    if (m_read > m_limit) {
        m_exceeded = true;
        //: %1 is a path, %2 a size such as "64 MiB".
        setErrorString(tr("%1 is larger than %2: it cannot be what was expected")
                           .arg(nativePath(fileName()), QLocale().formattedDataSize(m_limit)));
        return -1;
    }
    return got;
}

Result<QByteArray> OutsideFile::readAll(const QString &path, qint64 maximumBytes, const QString &what)
{
    OutsideFile file(path, maximumBytes, what);
    if (Status opened = file.openForReading(); !opened)
        return Result<QByteArray>::failure(opened.errors());
    QByteArray bytes;
    char block[65536];
    for (;;) {
        const qint64 got = file.read(block, sizeof block);
        if (got == 0)
            break;
        if (got < 0) {
            if (file.exceededLimit())
                return Result<QByteArray>::failure(file.errorString());
            return Result<QByteArray>::failure(file.cannotRead(file.errorString()));
        }
        bytes.append(block, got);
    }
    return bytes;
}

} // namespace outpace
