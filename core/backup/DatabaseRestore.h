#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Puts a backup back in place of an office's database file. The backup is checked first
// (an SQLite file, whole by integrity_check, a Qinqing database of a schema this program
// reads); a file that fails is refused and nothing changes. The file it replaces is kept
// beside it as NAME-before-restore-YYYYMMDD-HHMMSS.sqlite.
//
// A file other programs may have open (the desk's window) is overwritten through SQLite's
// online backup API, inside one write transaction: the other programs see the restored
// records at their next read instead of working on in a file that was moved away. A file
// SQLite cannot open (damaged) is moved aside and replaced.
class DatabaseRestore {
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    DatabaseRestore();
    ~DatabaseRestore();
    DatabaseRestore(const DatabaseRestore &) = delete;
    DatabaseRestore &operator=(const DatabaseRestore &) = delete;

    // Checks `backup`; on success it stays open (read-only) for restoreInto().
    bool verify(const QString &backup);
    // Restores the verified backup into the SQLite file `target` (which may not exist yet).
    bool restoreInto(const QString &target);

    int schemaVersion() const { return m_version; }
    qint64 appeals() const { return m_appeals; }
    // Where the replaced file was kept; empty when there was none.
    QString asidePath() const { return m_aside; }
    QString errorString() const { return m_error; }

    // NAME-before-restore-YYYYMMDD-HHMMSS.sqlite beside `target`, not yet taken.
    static QString asideNameFor(const QString &target);

private:
    bool fail(const QString &message);
    bool copyPages(const QSqlDatabase &destination);
    bool replaceFile(const QString &target);
    void closeSource();

    QString m_connection;
    QString m_backup;
    int m_version = 0;
    qint64 m_appeals = 0;
    QString m_aside;
    QString m_error;
};
