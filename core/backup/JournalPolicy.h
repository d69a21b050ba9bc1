#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// How an office's SQLite file is written, chosen per folder:
// - synchronous=FULL everywhere: a commit that was reported has reached the disk and survives a
//   power cut (NORMAL, SQLite's default for WAL, may lose the last commits);
// - WAL (readers never wait for the writer) on a local disk, but the rollback journal
//   (journal_mode=DELETE) on a network file system (NFS, SMB/CIFS, sshfs…): WAL needs shared
//   memory between the programs using the file, which a network share does not give, and two
//   desks would then corrupt the file silently. The office can also say so itself (the
//   setting `storage/network` in the desk's Qinqing settings: "yes", "no" or "auto").
class JournalPolicy {
    Q_DECLARE_TR_FUNCTIONS(JournalPolicy)

public:
    enum class Folder { Local, Network };

    // The decision, on the mount's file system type as /proc/self/mountinfo names it ("nfs4",
    // "cifs", "fuse.sshfs") and the office's setting ("yes", "no", anything else: auto).
    static Folder decide(const QString &fileSystemType, const QString &setting);
    static bool isNetworkFileSystem(const QString &fileSystemType);
    // The file system type of the mount holding `path` (its folder when it does not exist yet).
    static QString fileSystemTypeOf(const QString &path);
    // The office's setting (QSettings "storage/network"); QINQING_NETWORK_FOLDER overrides it.
    static QString officeSetting();

    // Sets the journal mode and synchronous=FULL on an open connection to `path`. False (and
    // `error` set) when SQLite refuses a pragma.
    static bool apply(QSqlDatabase db, const QString &path, QString *error);
    static Folder folderOf(const QString &path);

    // What the office is told when its file lives on a network share.
    static QString networkNote();
};
