#include "ui/BackupActions.h"

#include "core/Database.h"
#include "core/NumberText.h"
#include "core/backup/BackupFolder.h"
#include "core/backup/DatabaseBackup.h"
#include "core/backup/DatabaseRestore.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

BackupActions::BackupActions(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_status(new QLabel(window)) {
    m_status->setObjectName(u"lastBackupLabel"_s);
    updateStatus();
}

void BackupActions::addTo(QMenu *fileMenu) {
    QAction *backUpAction = fileMenu->addAction(tr("&Back up…"), this, &BackupActions::backUp);
    backUpAction->setObjectName(u"backUpAction"_s);
    QAction *restoreAction = fileMenu->addAction(tr("&Restore…"), this, &BackupActions::restore);
    restoreAction->setObjectName(u"restoreAction"_s);
    // A server's backups are the server's business (pg_dump); a backup file of it can be
    // copied into a new server database (qinqing-cli copy).
    restoreAction->setEnabled(!m_db.isServer());
}

void BackupActions::updateStatus() {
    m_status->setVisible(!m_db.isServer());
    const QDateTime last = BackupFolder(m_db).lastBackup();
    m_status->setText(last.isValid() ? tr("Last backup: %1").arg(last.date().toString(Qt::ISODate))
                                     : tr("No backup yet"));
    m_status->setToolTip(
        tr("Backups are kept in %1").arg(QDir::toNativeSeparators(BackupFolder(m_db).path())));
}

QString BackupActions::backUpTo(const QString &file) {
    DatabaseBackup backup(m_db);
    if (!backup.writeTo(file))
        return backup.errorString();
    BackupFolder(m_db).recordBackup();
    updateStatus();
    return {};
}

QString BackupActions::restoreFrom(const QString &backup) {
    DatabaseRestore restore;
    if (!restore.verify(backup) || !restore.restoreInto(m_db.path()))
        return restore.errorString();
    emit reopenRequested(m_db.path());
    return {};
}

QString BackupActions::backUpOnClose() {
    BackupFolder folder(m_db);
    if (!folder.dailyIfDue())
        return folder.errorString();
    updateStatus();
    return {};
}

void BackupActions::backUp() {
    const QString base = m_db.isServer() ? u"qinqing"_s : QFileInfo(m_db.path()).completeBaseName();
    const QString suggested =
        QDir(BackupFolder(m_db).path())
            .filePath(u"%1-%2.sqlite"_s.arg(base, QDate::currentDate().toString(u"yyyyMMdd"_s)));
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Back up the database"), suggested, tr("Qinqing databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    const QString error = backUpTo(file);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Back up"), error);
        return;
    }
    QMessageBox::information(
        m_window, tr("Back up"),
        tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(file)));
}

void BackupActions::restore() {
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Restore a backup"), BackupFolder(m_db).path(),
                                     tr("Qinqing databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    DatabaseRestore check;
    if (!check.verify(file)) {
        QMessageBox::warning(m_window, tr("Restore"), check.errorString());
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Restore"),
        tr("Replace every record in %1 with the backup %2 (%3 appeals)?\n\nThe database as it "
           "is now is kept beside it, named …-before-restore-DATE-TIME.")
            .arg(QDir::toNativeSeparators(m_db.path()), QDir::toNativeSeparators(file),
                 NumberText::grouped(check.appeals())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString error = restoreFrom(file);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Restore"), error);
}
