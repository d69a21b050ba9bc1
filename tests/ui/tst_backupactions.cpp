#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/backup/BackupFolder.h"
#include "core/backup/DatabaseBackup.h"
#include "core/demo/DemoDataGenerator.h"
#include "tests/ui/TestSettings.h"
#include "ui/BackupActions.h"
#include "ui/BackupSettingsBox.h"
#include "ui/MainWindow.h"
#include "ui/SettingsPage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The window's backups (issue 13): File ▸ 备份… / 恢复…, the daily backup when the window
// closes into the folder the office chose (the newest N kept), the last backup's date in the
// status bar, and a restore that refuses a bad file and changes nothing.
class TestBackupActions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    QStringList dailies(const QString &folder) const {
        return QDir(folder).entryList({u"office-daily-*.sqlite"_s}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase() {
        useTestSettings(u"tst_backupactions"_s);
        QSettings().clear();
        QVERIFY(m_db.open(m_dir.filePath(u"office.sqlite"_s)));
        QVERIFY(DatabaseInitializer(m_db).initialize(u"wushen"_s));
        DemoDataGenerator::Options options;
        options.appeals = 200;
        QVERIFY(DemoDataGenerator(m_db).generate(options));
    }

    void fileMenuHasBackUpAndRestore() {
        MainWindow window(m_db);
        QMenu *file = window.menuBar()->actions().value(0)->menu();
        QVERIFY(file);
        QStringList names;
        for (QAction *a : file->actions())
            names << a->objectName();
        QVERIFY(names.contains(u"backUpAction"_s));
        QVERIFY(names.contains(u"restoreAction"_s));
        auto *label = window.statusBar()->findChild<QLabel *>(u"lastBackupLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"No backup yet"_s);
    }

    // The office chose a folder and to keep 3; five older daily backups are there already.
    void dailyBackupOnCloseKeepsTheNewest() {
        const QString folder = m_dir.filePath(u"chosen backups"_s);
        QVERIFY(QDir().mkpath(folder));
        for (int day = 1; day <= 5; ++day) {
            QFile old(QDir(folder).filePath(u"office-daily-2026010%1-180000.sqlite"_s.arg(day)));
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        {
            SettingsPage settings(m_db);
            auto *box = settings.findChild<BackupSettingsBox *>();
            QVERIFY(box);
            box->findChild<QLineEdit *>(u"backupFolderEdit"_s)->setText(folder);
            box->findChild<QSpinBox *>(u"backupKeepSpin"_s)->setValue(3);
            box->findChild<QPushButton *>(u"saveBackupButton"_s)->click();
        }
        QCOMPARE(BackupFolder(m_db).path(), folder);
        QCOMPARE(BackupFolder(m_db).keep(), 3);
        {
            MainWindow window(m_db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.close());
            auto *label = window.statusBar()->findChild<QLabel *>(u"lastBackupLabel"_s);
            QCOMPARE(label->text(),
                     u"Last backup: %1"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
        }
        const QStringList files = dailies(folder);
        QCOMPARE(files.size(), 3);
        QVERIFY(files.first().startsWith(u"office-daily-20260104"_s));
        QVERIFY(!files.last().startsWith(u"office-daily-2026010"_s)); // today's
        QCOMPARE(DatabaseBackup::countAppeals(QDir(folder).filePath(files.last())), 200);
        // Once a day: a second close today writes nothing more.
        {
            MainWindow window(m_db);
            window.show();
            QVERIFY(window.close());
        }
        QCOMPARE(dailies(folder), files);
    }

    void restoreRefusesABadFileAndChangesNothing() {
        BackupActions actions(m_db, nullptr);
        QSignalSpy reopen(&actions, &BackupActions::reopenRequested);
        const QString bad = m_dir.filePath(u"notes.sqlite"_s);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const QString error = actions.restoreFrom(bad);
        QVERIFY2(error.contains(bad) && error.contains(u"not an SQLite file"_s), qPrintable(error));
        QCOMPARE(reopen.count(), 0);
        QVERIFY(QDir(m_dir.path()).entryList({u"*before-restore*"_s}).isEmpty());
    }

    // A file on a network share (here: the office says so): the window says that the
    // server mode is the way for several desks.
    void networkFolderIsExplained() {
        qputenv("QINQING_NETWORK_FOLDER", "yes");
        {
            MainWindow window(m_db);
            auto *banner = window.findChild<QLabel *>(u"connectionBanner"_s);
            QVERIFY(banner && !banner->isHidden());
            QVERIFY2(banner->text().contains(u"server mode"_s), qPrintable(banner->text()));
        }
        qunsetenv("QINQING_NETWORK_FOLDER");
        MainWindow window(m_db);
        QVERIFY(window.findChild<QLabel *>(u"connectionBanner"_s)->isHidden());
    }

    void backUpThenRestore() {
        BackupActions actions(m_db, nullptr);
        QSignalSpy reopen(&actions, &BackupActions::reopenRequested);
        const QString file = m_dir.filePath(u"manual.sqlite"_s);
        QCOMPARE(actions.backUpTo(file), QString());
        QCOMPARE(DatabaseBackup::countAppeals(file), 200);
        QCOMPARE(actions.restoreFrom(file), QString());
        QCOMPARE(reopen.count(), 1);
        QCOMPARE(reopen.first().first().toString(), m_db.path());
        QCOMPARE(QDir(m_dir.path()).entryList({u"*before-restore*"_s}).size(), 1);
    }
};

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
