#include "InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace spuw {

namespace {

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return InputFile::tr("a folder");
    if (S_ISFIFO(mode))
        return InputFile::tr("a FIFO (named pipe)");
    if (S_ISCHR(mode))
        return InputFile::tr("a character device");
    if (S_ISBLK(mode))
        return InputFile::tr("a block device");
    if (S_ISSOCK(mode))
        return InputFile::tr("a socket");
    return InputFile::tr("not a regular file");
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}
#endif

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

InputFile::~InputFile()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool InputFile::open(const QString &path, qint64 maxSize)
{
    m_error.clear();
    m_size = 0;
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
    // O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores it.
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (m_fd < 0) {
        const int err = errno;
        m_error = err == ELOOP ? tr("%1 is a symbolic link that loops (or a chain of too many links); it cannot be "
                                    "read.")
                                     .arg(native(path))
                               : tr("%1 cannot be read: %2.").arg(native(path), errnoText(err));
        return false;
    }
    struct stat st = {};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        m_error = tr("%1 is %2, not a regular file; it was not read.").arg(native(path), kindOf(st.st_mode));
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_size = std::uint64_t(st.st_size);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        m_error = tr("%1 cannot be read: no such file.").arg(native(path));
        return false;
    }
    if (!info.isFile()) {
        m_error = tr("%1 is not a regular file; it was not read.").arg(native(path));
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2.").arg(native(path), m_file.errorString());
        return false;
    }
    m_size = std::uint64_t(m_file.size());
#endif
    if (maxSize >= 0 && m_size > std::uint64_t(maxSize)) {
        m_error = tr("%1 is %2 bytes, more than the %3 bytes such a file can be; it was not read.")
                      .arg(native(path), QString::number(m_size), QString::number(maxSize));
#ifdef Q_OS_UNIX
        ::close(m_fd);
        m_fd = -1;
#endif
        return false;
    }
    return true;
}

bool InputFile::read(std::uint64_t offset, std::size_t length, std::uint8_t *out)
{
    if (offset > m_size || length > m_size - offset)
        return false;
#ifdef Q_OS_UNIX
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_fd, out + done, length - done, off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += std::size_t(n);
    }
#else
    if (!m_file.seek(qint64(offset)) || m_file.read(reinterpret_cast<char *>(out), qint64(length)) != qint64(length))
        return false;
#endif
    m_bytesRead += length;
    return true;
}

std::optional<QByteArray> InputFile::readAll(const QString &path, qint64 maxSize, QString *error)
{
    InputFile f;
    if (!f.open(path, maxSize)) {
        *error = f.errorString();
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(f.size()), Qt::Uninitialized);
    if (f.size() > 0 && !f.read(0, std::size_t(f.size()), reinterpret_cast<std::uint8_t *>(bytes.data()))) {
        *error = tr("%1 cannot be read: it changed while it was read.").arg(native(path));
        return std::nullopt;
    }
    return bytes;
}

QString InputFile::problemWith(const QString &path, qint64 maxSize)
{
    InputFile f;
    return f.open(path, maxSize) ? QString() : f.errorString();
}

QString InputFile::folderProblem(const QString &dir)
{
#ifdef Q_OS_UNIX
    // Listing needs read permission, looking a name up needs search (execute) permission.
    if (::access(QFile::encodeName(dir).constData(), R_OK | X_OK) != 0)
        return tr("the folder %1 cannot be read: %2").arg(native(dir), errnoText(errno));
#else
    if (!QFileInfo(dir).isReadable())
        return tr("the folder %1 cannot be read").arg(native(dir));
#endif
    return {};
}

} // namespace spuw
