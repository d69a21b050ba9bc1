#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a path holds, found out without changing a byte of it, before Qinqing opens it for
// writing: opening an SQLite file normally switches it to WAL and migrating writes some forty
// tables, so a refused file (another program's database, one from a newer Qinqing, a PDF) has
// to be refused before that. The file is only read: its first bytes, then through a read-only
// SQLite connection its application_id, its tables, its schema version and PRAGMA quick_check.
// The one change made first is what any SQLite program does at its next open: a transaction a
// killed writer left unfinished in the rollback-journal mode is undone from its journal.
class DatabaseFileCheck {
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileCheck)

public:
    // PRAGMA application_id of every Qinqing database: "QQDB". Set by schema step 019.
    static constexpr int applicationId = 0x51514442;

    enum class Verdict {
        Missing, // no such file, or its folder is missing (a drive or share not connected)
        Empty,   // zero bytes, or an SQLite file without a single table: nothing to lose
        Qinqing, // a Qinqing database (marked, or an older one recognised by its tables)
        Refused, // a folder, not a database, another program's, a newer schema, unreadable
    };

    // `quickCheck`: also run PRAGMA quick_check on a Qinqing file (once per state of the file
    // in this process: a file whose size and times have not changed is not checked again).
    static DatabaseFileCheck inspect(const QString &path, bool quickCheck);

    // The name to give Qt's SQLite driver (with QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI) for
    // reading `path` without leaving anything beside it: even a read-only connection creates
    // the -wal and -shm files of a WAL-mode file and leaves them behind. When there is no -wal
    // file no program has the file open and all of it is in the file itself, which is then
    // read as an unchanging file (immutable=1).
    static QString readOnlyUri(const QString &path);

    Verdict verdict() const { return m_verdict; }
    // A sentence naming the file, for every verdict but Qinqing.
    QString reason() const { return m_reason; }
    // quick_check's findings on a Qinqing file; empty when it is sound or was not checked.
    QStringList damage() const { return m_damage; }
    // The file's permissions do not let this user write it (or its folder, which SQLite
    // needs for the -wal and -shm files).
    bool notWritable() const { return m_notWritable; }
    // The schema version stored in a Qinqing file (0 when none yet).
    int schemaVersion() const { return m_schemaVersion; }

private:
    void probe(const QString &path, bool quickCheck);
    // A non-empty rollback journal beside `path`: a transaction under way, or one a killed
    // writer left ("hot"), which SQLite undoes at the next open that may write.
    static bool hasJournal(const QString &path);
    static void rollBackUnfinishedChange(const QString &path);

    Verdict m_verdict = Verdict::Missing;
    QString m_reason;
    QStringList m_damage;
    bool m_notWritable = false;
    int m_schemaVersion = 0;
};
