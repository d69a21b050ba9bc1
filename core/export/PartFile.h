#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

// The file an export is being written to, out of sight until it is complete: on Linux an
// unnamed file in the destination folder (O_TMPFILE), which leaves nothing behind when the
// program is killed, given its name only when the writer succeeded — linked as
// ".NAME.XXXXXX.part" and renamed over NAME at once, so that an older file of that name is
// replaced whole or not at all. File systems without unnamed files (network shares) get the
// named ".NAME.XXXXXX.part" from the start (QINQING_PART_FILES=named asks for that anywhere).
//
// Writers that must open the file by its path themselves (SQLite's VACUUM INTO, which resolves
// /proc/self/fd/N to the unnamed file's "(deleted)" name) ask for a Named part.
//
// A part file is locked (flock) while it is written. What a killed writer left is removed
// (`removeStale`) whenever a part file is opened in that folder — the next export or backup
// there — and when the desktop program starts, in the folders it exported to lately
// (ExportFolders); a part whose writer is alive holds its lock and is left alone.
class PartFile {
    Q_DECLARE_TR_FUNCTIONS(PartFile)

public:
    enum class Kind { Unnamed, Named };

    explicit PartFile(const QString &target, Kind kind = Kind::Unnamed);
    ~PartFile(); // removes what was written unless commit() succeeded
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    bool open(QString *error);
    // The path a writer opens to write the file (it may be /proc/self/fd/N).
    QString writePath() const { return m_writePath; }
    // Gives the file its name; false (and the file removed) when that fails.
    bool commit(QString *error);

    // What a new file of this user gets: rw-rw-rw- less the umask (0644 for the usual 022).
    static QFileDevice::Permissions newFilePermissions();

    // Whether `fileName` is one of ours: ".NAME.XXXXXX.part".
    static bool isPartFile(const QString &fileName);
    // Removes the part files of `target` (of every file in the folder when `wholeFolder`), and
    // SQLite journals beside them, that no live writer holds: what a killed writer left. On a
    // file system without locks, only those nobody has written for a day.
    static void removeStale(const QString &target, bool wholeFolder = false);

private:
    QString m_target;
    QString m_writePath;
    QString m_partPath; // the named part file, when there is one
    int m_fd = -1;      // the unnamed file, when there is one
    int m_lockFd = -1;  // the named part, locked while it is written
    Kind m_kind = Kind::Unnamed;
    bool m_done = false;
};
