#pragma once

#include <QObject>
#include <QString>

class Database;
class QLabel;
class QMenu;
class QWidget;

// The window's part in keeping the office's data safe (issue 13): File ▸ Back up… and
// Restore…, the daily automatic backup when the window closes (into the folder the office
// chose in Settings, the newest 30 kept unless it said otherwise), and the date of the last
// backup in the status bar. The work itself is core's (DatabaseBackup, DatabaseRestore,
// BackupFolder); this class asks and tells.
class BackupActions : public QObject {
    Q_OBJECT

public:
    BackupActions(Database &db, QWidget *window);

    void addTo(QMenu *fileMenu);
    QLabel *statusLabel() const { return m_status; }
    void updateStatus();

    // File ▸ Back up… once the file is chosen: an empty string, or why it failed.
    QString backUpTo(const QString &file);
    // File ▸ Restore… once the backup is chosen and confirmed: an empty string, or why not.
    // A restored database is opened again (reopenRequested).
    QString restoreFrom(const QString &backup);
    // The daily backup as the window closes: an empty string, or why it failed.
    QString backUpOnClose();

signals:
    void reopenRequested(const QString &path);

private:
    void backUp();
    void restore();

    Database &m_db;
    QWidget *m_window;
    QLabel *m_status;
};
