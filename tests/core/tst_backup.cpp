#include "core/Database.h"
#include "core/SchemaMigrator.h"
#include "core/backup/DatabaseBackup.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// qinqing-cli backup and restore (issue 13): a backup taken while a desk has the file open has
// every record, also those still in the -wal file that a plain copy of the file misses; a
// restore checks the backup, keeps the file it replaces, and refuses anything else unchanged.
class TestBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_seq = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static qint64 appeals(const Database &db) {
        QSqlQuery q(db.sql());
        return q.exec(u"SELECT count(*) FROM appeals"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }

    void addAppeals(Database &db, int n) {
        QSqlQuery q(db.sql());
        q.prepare(u"INSERT INTO appeals (number, submitting_unit, submit_date, problem, domain, "
                  "urgency, status, created_at, updated_at) VALUES (?, ?, '2026-06-01', ?, '', "
                  "'normal', 'pending', '2026-06-01T09:00:00', '2026-06-01T09:00:00')"_s);
        for (int i = 0; i < n; ++i) {
            ++m_seq;
            q.addBindValue(u"B-%1"_s.arg(m_seq));
            q.addBindValue(u"备份测试企业%1"_s.arg(m_seq));
            q.addBindValue(u"备份测试诉求%1"_s.arg(m_seq));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

    static QByteArray digest(const QString &file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QStringList asideFiles() const {
        return QDir(m_dir.path()).entryList({u"*-before-restore-*"_s}, QDir::Files);
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        m_db = TestServer::location(m_dir.path(), u"office.sqlite"_s);
        QCOMPARE(CliRun::run(m_db, {u"init"_s, u"--profile"_s, u"wushen"_s}).exitCode, 0);
        const CliRun::Result demo = CliRun::run(
            m_db, {u"demo"_s, u"--appeals"_s, u"3000"_s, u"--today"_s, u"2026-06-15"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    // The fault: the desk's window holds the file open and its last saves are still in the
    // -wal file; a copy of the .sqlite file misses them. The backup has every appeal.
    void backupHasWhatTheWalHolds() {
        Database desk;
        QVERIFY2(desk.open(m_db), qPrintable(desk.errorString()));
        QSqlQuery q(desk.sql());
        if (!desk.isServer())
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s)); // as between two checkpoints
        addAppeals(desk, 10);
        QCOMPARE(appeals(desk), 3010);
        if (!desk.isServer()) {
            const QString copy = path(u"plain-copy.sqlite"_s);
            QVERIFY(QFile::copy(m_db, copy));
            QCOMPARE(DatabaseBackup::countAppeals(copy), 3000); // the fault
        }
        const QString out = path(u"backup.sqlite"_s);
        const CliRun::Result r = CliRun::run(m_db, {u"backup"_s, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"3,010"_s), qPrintable(r.out));
        QCOMPARE(DatabaseBackup::countAppeals(out), 3010);
        // A sound SQLite file in the rollback-journal mode, nothing beside it.
        QVERIFY(!QFile::exists(out + u"-wal"_s));
        QCOMPARE(CliRun::run(out, {u"check"_s}).exitCode, 0);
        QCOMPARE(QDir(m_dir.path()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void backupRefusesWhatIsNotAFile() {
        CliRun::Result r = CliRun::run(m_db, {u"backup"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--out"_s), qPrintable(r.err));
        r = CliRun::run(m_db, {u"backup"_s, u"--out"_s, m_dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"folder"_s), qPrintable(r.err));
        r = CliRun::run(m_db, {u"backup"_s, u"--out"_s, path(u"no/such/folder/b.sqlite"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        if (!TestServer::active()) {
            r = CliRun::run(m_db, {u"backup"_s, u"--out"_s, m_db});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"database itself"_s), qPrintable(r.err));
        }
    }

    // The backup (made from either engine) restored into a desk's file: the same appeals; the
    // file it replaced is kept aside, and a desk that had it open sees the restored records.
    void restorePutsTheBackupBack() {
        const QString out = path(u"backup.sqlite"_s);
        const QString target = path(u"restored.sqlite"_s);
        QCOMPARE(CliRun::run(target, {u"init"_s, u"--profile"_s, u"wuhai"_s}).exitCode, 0);
        Database desk;
        QVERIFY2(desk.open(target), qPrintable(desk.errorString()));
        addAppeals(desk, 5);
        const CliRun::Result r = CliRun::run(target, {u"restore"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"3,010"_s), qPrintable(r.out));
        QCOMPARE(appeals(desk), 3010);
        QCOMPARE(desk.setting(u"profile"_s), u"wushen"_s);
        const QStringList aside = asideFiles();
        QCOMPARE(aside.size(), 1);
        QVERIFY2(r.out.contains(aside.first()), qPrintable(r.out));
        QCOMPARE(DatabaseBackup::countAppeals(path(aside.first())), 5);
        QCOMPARE(CliRun::run(target, {u"check"_s}).exitCode, 0);
        desk.close();
        QVERIFY(QFile::remove(path(aside.first())));
        // Into a file that does not exist yet: nothing to keep aside.
        const QString fresh = path(u"fresh/new.sqlite"_s);
        QCOMPARE(CliRun::run(fresh, {u"restore"_s, out}).exitCode, 0);
        QCOMPARE(DatabaseBackup::countAppeals(fresh), 3010);
        QCOMPARE(asideFiles(), QStringList());
    }

    void restoreRefusesAndChangesNothing_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
        QTest::newRow("text") << u"text"_s << u"not an SQLite file"_s;
        QTest::newRow("foreign") << u"foreign"_s << u"not a Qinqing database"_s;
        QTest::newRow("damaged") << u"damaged"_s << u"damaged"_s;
        QTest::newRow("newer") << u"newer"_s << u"newer version"_s;
    }

    void restoreRefusesAndChangesNothing() {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString target = path(u"keep.sqlite"_s);
        if (!QFile::exists(target))
            QVERIFY(QFile::copy(path(u"backup.sqlite"_s), target));
        const QByteArray before = digest(target);
        const QString bad = path(u"bad-%1.sqlite"_s.arg(kind));
        if (kind == "text"_L1) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("number,problem\nA-1,用地\n");
        } else if (kind == "foreign"_L1) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QVERIFY(
                QSqlQuery(db).exec(u"CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"_s));
            db.close();
        } else if (kind == "damaged"_L1) {
            QVERIFY(QFile::copy(path(u"backup.sqlite"_s), bad));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Pages in the middle of the file overwritten: the header still says SQLite.
            f.seek(f.size() / 2 / 4096 * 4096);
            f.write(QByteArray(3 * 4096, '\x5A'));
        } else if (kind == "newer"_L1) {
            QVERIFY(QFile::copy(path(u"backup.sqlite"_s), bad));
            QFile::setPermissions(bad, QFile::ReadOwner | QFile::WriteOwner);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QVERIFY(
                QSqlQuery(db).exec(u"UPDATE settings SET value = '%1' WHERE key = "
                                   "'schema_version'"_s.arg(SchemaMigrator::latestVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        QSqlDatabase::removeDatabase(u"newer"_s);
        const CliRun::Result r = CliRun::run(target, {u"restore"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QCOMPARE(digest(target), before);
        QCOMPARE(asideFiles(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
