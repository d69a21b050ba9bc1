#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// The backups an office's file gets without anyone asking: a snapshot before every import and
// every schema upgrade, and a daily one when the desk's window closes. They go to the folder
// the office chose (setting `backup_folder` in the database) or to "backups" beside the file,
// named NAME-REASON-YYYYMMDD-HHMMSS.sqlite, and only the newest of each reason are kept (the
// office's `backup_keep` for daily ones, 30 unless it says otherwise), so the folder stays
// bounded. Server databases are left to the server's own backups: they get none here.
class BackupFolder {
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    explicit BackupFolder(Database &db);

    static constexpr int kDefaultKeep = 30;
    static constexpr int kKeepSnapshots = 10; // before imports, before upgrades

    QString path() const;
    QString defaultPath() const; // "backups" beside the database file
    int keep() const;            // daily backups kept
    bool setFolder(const QString &folder);
    bool setKeep(int keep);

    // A snapshot before a risky change ("import", "upgrade"). True when written, or when
    // there is nothing to snapshot (a server, a file without records).
    bool snapshot(const QString &reason);
    // The daily backup, unless one was already made today.
    bool dailyIfDue();
    // When the last backup of this database was written (by any of the above or `backup`),
    // invalid when there was none.
    QDateTime lastBackup() const;
    // Remembers a backup written elsewhere (qinqing-cli backup, File ▸ Back up…).
    void recordBackup();

    QString lastFile() const { return m_lastFile; }
    QString errorString() const { return m_error; }

private:
    bool write(const QString &reason, int keep);
    void prune(const QString &reason, int keep) const;

    Database &m_db;
    QString m_lastFile;
    QString m_error;
};
