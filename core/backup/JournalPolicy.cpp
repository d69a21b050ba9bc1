#include "core/backup/JournalPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace {
// statfs(2) magic numbers, for when /proc/self/mountinfo cannot be read or does not list the
// folder's mount (inside a chroot it lists only the mounts under the new root). The network
// ones decide; the local ones are named so that a folder never has no type at all.
struct Magic {
    long number;
    QLatin1StringView type;
};
constexpr Magic kMagics[] = {
    {0x6969, "nfs"_L1},
    {0x517B, "smb"_L1},
    {long(0xFF534D42), "cifs"_L1},
    {long(0xFE534D42), "smb2"_L1},
    {0x73757245, "coda"_L1},
    {0x5346414F, "afs"_L1},
    {0x00C36400, "ceph"_L1},
    {0x01021997, "9p"_L1},
    {0xEF53, "ext4"_L1},
    {0x58465342, "xfs"_L1},
    {long(0x9123683E), "btrfs"_L1},
    {0x01021994, "tmpfs"_L1},
    {0x794C7630, "overlay"_L1},
    {long(0xF2F52010), "f2fs"_L1},
    {0x4d44, "vfat"_L1},
    {0x9fa0, "proc"_L1},
};

// mountinfo escapes blanks in paths as octal (\040).
QString unescapeMountPath(const QByteArray &field) {
    QByteArray out;
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            out += char(field.mid(i + 1, 3).toInt(nullptr, 8));
            i += 3;
        } else {
            out += field.at(i);
        }
    }
    return QFile::decodeName(out);
}
} // namespace

bool JournalPolicy::isNetworkFileSystem(const QString &fileSystemType) {
    const QString type = fileSystemType.toLower();
    static const QStringList network = {
        u"nfs"_s,   u"nfs4"_s,  u"cifs"_s,  u"smb"_s,    u"smb2"_s,  u"smb3"_s,      u"smbfs"_s,
        u"ncpfs"_s, u"afs"_s,   u"coda"_s,  u"ceph"_s,   u"9p"_s,    u"glusterfs"_s, u"lustre"_s,
        u"gfs2"_s,  u"ocfs2"_s, u"davfs"_s, u"webdav"_s, u"beegfs"_s};
    if (network.contains(type))
        return true;
    // FUSE file systems that reach another machine: fuse.sshfs, fuse.glusterfs, fuse.rclone…
    static const QStringList fuseNetwork = {
        u"sshfs"_s,    u"glusterfs"_s, u"rclone"_s,     u"s3fs"_s,   u"davfs"_s,
        u"smbnetfs"_s, u"curlftpfs"_s, u"gvfsd-fuse"_s, u"cephfs"_s, u"moosefs"_s};
    if (type.startsWith("fuse."_L1))
        return fuseNetwork.contains(type.mid(5));
    return false;
}

JournalPolicy::Folder JournalPolicy::decide(const QString &fileSystemType, const QString &setting) {
    const QString s = setting.trimmed().toLower();
    if (s == "yes"_L1 || s == "true"_L1 || s == "network"_L1)
        return Folder::Network;
    if (s == "no"_L1 || s == "false"_L1 || s == "local"_L1)
        return Folder::Local;
    return isNetworkFileSystem(fileSystemType) ? Folder::Network : Folder::Local;
}

QString JournalPolicy::fileSystemTypeOf(const QString &path) {
    // The nearest folder that exists: a new file's folder.
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    const QString where = info.canonicalFilePath();
    QFile mounts(u"/proc/self/mountinfo"_s);
    QString best;
    QString type;
    if (mounts.open(QIODevice::ReadOnly)) {
        // "36 35 98:0 /mnt1 /mnt/point rw,noatime master:1 - ext3 /dev/root rw"
        for (const QByteArray &line : mounts.readAll().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            const int dash = int(f.indexOf("-"));
            if (f.size() < 5 || dash < 0 || dash + 1 >= f.size())
                continue;
            const QString point = unescapeMountPath(f.at(4));
            const bool under = where == point || point == "/"_L1 || where.startsWith(point + u'/');
            if (under && point.size() >= best.size()) {
                best = point;
                type = QString::fromUtf8(f.at(dash + 1));
            }
        }
    }
    if (!type.isEmpty())
        return type;
    struct statfs fs {};
    if (::statfs(QFile::encodeName(where).constData(), &fs) != 0)
        return {};
    for (const Magic &m : kMagics) {
        if (long(fs.f_type) == m.number)
            return QString(m.type);
    }
    return u"0x%1"_s.arg(ulong(fs.f_type), 0, 16); // a type without a name here: not network
}

QString JournalPolicy::officeSetting() {
    const QString forced = qEnvironmentVariable("QINQING_NETWORK_FOLDER");
    if (!forced.isEmpty())
        return forced;
    return QSettings().value(u"storage/network"_s, u"auto"_s).toString();
}

JournalPolicy::Folder JournalPolicy::folderOf(const QString &path) {
    return decide(fileSystemTypeOf(path), officeSetting());
}

bool JournalPolicy::apply(QSqlDatabase db, const QString &path, QString *error) {
    const bool network = folderOf(path) == Folder::Network;
    QSqlQuery q(db);
    for (const QString &pragma :
         {network ? u"PRAGMA journal_mode = DELETE"_s : u"PRAGMA journal_mode = WAL"_s,
          u"PRAGMA synchronous = FULL"_s}) {
        if (!q.exec(pragma)) {
            if (error)
                *error = tr("Cannot prepare the database %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

QString JournalPolicy::networkNote() {
    return tr("This database is on a network folder: Qinqing writes it with a rollback journal, "
              "which is safe for one desk at a time. For several desks working at once, use the "
              "server mode (PostgreSQL): a shared file on a network folder can be damaged.");
}
