#include "core/export/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString osReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// A unique ".NAME.XXXXXX.part" in the target's folder, created empty; empty on failure.
QString namedPart(const QString &target, QString *error) {
    const QFileInfo info(target);
    QTemporaryFile temp(info.absoluteDir().filePath(u".%1.XXXXXX.part"_s.arg(info.fileName())));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        if (error)
            *error = temp.errorString();
        return {};
    }
    return temp.fileName();
}

} // namespace

PartFile::PartFile(const QString &target, Kind kind)
    : m_target(QFileInfo(target).absoluteFilePath())
    , m_kind(kind) {}

PartFile::~PartFile() {
    if (m_fd >= 0)
        ::close(m_fd); // an unnamed file vanishes with its last descriptor
    if (!m_done && !m_partPath.isEmpty()) {
        QFile::remove(m_partPath);
        QFile::remove(m_partPath + u"-journal"_s);
    }
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

void PartFile::removeStale(const QString &target, bool wholeFolder) {
    const QFileInfo info(target);
    QDir folder = info.absoluteDir();
    const QString prefix = wholeFolder ? u"."_s : u"."_s + info.fileName() + u"."_s;
    const QStringList found = folder.entryList({prefix + u"*.part"_s, prefix + u"*.part-journal"_s},
                                               QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : found) {
        const QString base = name.endsWith("-journal"_L1) ? name.chopped(8) : name;
        if (!isPartFile(base))
            continue;
        const QString path = folder.filePath(name);
        const int fd =
            ::open(QFile::encodeName(folder.filePath(base)).constData(), O_RDONLY | O_CLOEXEC);
        // A part whose writer is alive holds its lock; a journal whose part is gone is stale.
        const bool free = fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (free)
            QFile::remove(path);
        if (fd >= 0)
            ::close(fd);
    }
}

QFileDevice::Permissions PartFile::newFilePermissions() {
    // The umask from /proc (Linux 4.7+) leaves it untouched for the other threads; umask()
    // itself can only be read by setting it.
    mode_t mask = 022;
    QFile status(u"/proc/self/status"_s);
    bool found = false;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                mask = mode_t(line.mid(6).trimmed().toUInt(&found, 8));
                break;
            }
        }
    }
    if (!found) {
        mask = ::umask(022);
        ::umask(mask);
    }
    const mode_t mode = 0666 & ~mask;
    QFileDevice::Permissions p;
    const std::pair<mode_t, QFileDevice::Permissions> bits[] = {
        {S_IRUSR, QFileDevice::ReadOwner | QFileDevice::ReadUser},
        {S_IWUSR, QFileDevice::WriteOwner | QFileDevice::WriteUser},
        {S_IRGRP, QFileDevice::ReadGroup},
        {S_IWGRP, QFileDevice::WriteGroup},
        {S_IROTH, QFileDevice::ReadOther},
        {S_IWOTH, QFileDevice::WriteOther}};
    for (const auto &[bit, permission] : bits)
        if (mode & bit)
            p |= permission;
    return p;
}

bool PartFile::isPartFile(const QString &fileName) {
    static const QRegularExpression pattern(u"^\\..+\\.[A-Za-z0-9]{6}\\.part$"_s);
    return pattern.match(fileName).hasMatch();
}

bool PartFile::open(QString *error) {
    const QString folder = QFileInfo(m_target).absolutePath();
#ifdef O_TMPFILE
    if (m_kind == Kind::Named) {
        removeStale(m_target);
    } else {
        m_fd = ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
        if (m_fd >= 0) {
            m_writePath = u"/proc/self/fd/%1"_s.arg(m_fd);
            return true;
        }
        // EOPNOTSUPP, EISDIR, EINVAL: this file system has no unnamed files; a named part then.
        if (errno == EACCES || errno == EROFS || errno == ENOSPC || errno == EDQUOT) {
            if (error)
                *error =
                    tr("%1: cannot create a file in this folder: %2").arg(folder, osReason(errno));
            return false;
        }
    }
#endif
    QString reason;
    m_partPath = namedPart(m_target, &reason);
    if (m_partPath.isEmpty()) {
        if (error)
            *error = tr("%1: cannot create a file in this folder: %2").arg(folder, reason);
        return false;
    }
    m_writePath = m_partPath;
    if (m_kind == Kind::Named) {
        m_lockFd = ::open(QFile::encodeName(m_partPath).constData(), O_RDONLY | O_CLOEXEC);
        if (m_lockFd >= 0)
            ::flock(m_lockFd, LOCK_EX);
    }
    return true;
}

bool PartFile::commit(QString *error) {
    auto fail = [&](int code) {
        if (error)
            *error = tr("%1: cannot replace the file: %2").arg(m_target, osReason(code));
        return false;
    };
    if (m_fd >= 0) {
        if (::fsync(m_fd) != 0)
            return fail(errno);
        // Linked under a part name first: linkat cannot replace an existing file, rename can.
        QString reason;
        m_partPath = namedPart(m_target, &reason);
        if (m_partPath.isEmpty() || !QFile::remove(m_partPath))
            return fail(EACCES);
        const QByteArray proc = QFile::encodeName(m_writePath);
        if (::linkat(AT_FDCWD, proc.constData(), AT_FDCWD,
                     QFile::encodeName(m_partPath).constData(), AT_SYMLINK_FOLLOW) != 0) {
            const int code = errno;
            m_partPath.clear();
            return fail(code);
        }
    } else if (const int fd =
                   ::open(QFile::encodeName(m_partPath).constData(), O_RDONLY | O_CLOEXEC);
               fd >= 0) {
        const bool synced = ::fsync(fd) == 0;
        const int code = errno;
        ::close(fd);
        if (!synced)
            return fail(code);
    }
    // As any program's new file: rw for all less the user's umask. A named part was made
    // 0600 (QTemporaryFile), and a fixed 0644 would ignore an office's shared-folder 002.
    QFile::setPermissions(m_partPath, newFilePermissions());
    if (std::rename(QFile::encodeName(m_partPath).constData(),
                    QFile::encodeName(m_target).constData()) != 0)
        return fail(errno);
    m_done = true;
    return true;
}
