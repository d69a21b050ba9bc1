#include "core/export/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
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

// Opens the part file at `path` and holds its lock (flock) while it is written, so that
// removeStale() in this or another program leaves it alone. -1 when a clean-up removed it
// between its creation and the lock (it holds the lock while it removes, so nlink tells).
int lockPart(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ::flock(fd, LOCK_EX); // a file system without locks: the age rule of isAbandoned applies
    struct stat st {};
    if (::fstat(fd, &st) != 0 || st.st_nlink == 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Removes `path` (a part file or its SQLite journal; `part` is the part file itself) when no
// live writer holds the part: its lock is free, or, where the file system has no locks, it has
// not been written for a day. The lock is held while removing, so that a writer that has just
// created the part and waits for its lock finds it gone and makes another.
void removeIfAbandoned(const QString &path, const QString &part) {
    const int fd = ::open(QFile::encodeName(part).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT && path != part)
            QFile::remove(path); // a journal whose part is gone
        return;
    }
    bool abandoned = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    if (!abandoned && errno != EWOULDBLOCK) {
        struct stat st {};
        abandoned = ::fstat(fd, &st) == 0 && st.st_mtime < ::time(nullptr) - 24 * 3600;
    }
    if (abandoned)
        QFile::remove(path);
    ::close(fd);
}

// A file system without unnamed files, on any disk: QINQING_PART_FILES=named (how the tests
// reproduce a network share on a local disk).
bool namedPartsForced() {
    return qEnvironmentVariable("QINQING_PART_FILES") == "named"_L1;
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
        if (isPartFile(base))
            removeIfAbandoned(folder.filePath(name), folder.filePath(base));
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
    // What exports and backups killed earlier left in this folder (named parts: on a network
    // share, or killed between naming and renaming), whatever file they were writing.
    removeStale(m_target, true);
#ifdef O_TMPFILE
    if (m_kind == Kind::Unnamed && !namedPartsForced()) {
        m_fd = ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0644);
        if (m_fd >= 0) {
            // Locked too: commit() links it under a part name for a moment before the rename.
            ::flock(m_fd, LOCK_EX);
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
    // A named part, locked while it is written. A clean-up in another program may remove it
    // between its creation and the lock: then another one.
    for (int attempt = 0; attempt < 5 && m_lockFd < 0; ++attempt) {
        QString reason;
        m_partPath = namedPart(m_target, &reason);
        if (m_partPath.isEmpty()) {
            if (error)
                *error = tr("%1: cannot create a file in this folder: %2").arg(folder, reason);
            return false;
        }
        m_lockFd = lockPart(m_partPath);
    }
    if (m_lockFd < 0) {
        if (error)
            *error =
                tr("%1: cannot create a file in this folder: %2").arg(folder, osReason(ENOENT));
        return false;
    }
    m_writePath = m_partPath;
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
