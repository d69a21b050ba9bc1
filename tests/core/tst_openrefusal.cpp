// A wrong, missing or foreign file never gives an empty answer and is never changed (issues 12
// and 13): only `init` makes a database; every other verb on a missing folder, a missing file
// or a zero-byte file fails with exit 1 naming the file and creates nothing; another program's
// SQLite file, one from a newer Qinqing, a PDF or a text file are refused and stay
// byte-identical, with no -wal or -shm file left beside them. Older Qinqing files get the
// application_id by their upgrade.
#include "TestPaths.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Read-only verbs and writing verbs, each as a script would call it.
const QList<QStringList> verbs{
    {u"overdue"_s},
    {u"list"_s, u"appeals"_s},
    {u"show"_s, u"appeal"_s, u"WS2024-0001"_s},
    {u"report"_s, u"summary"_s, u"--month"_s, u"2024-06"_s, u"--out"_s,
     QDir::temp().filePath(u"qinqing-refused-report.pdf"_s)},
    {u"calendar"_s, u"show"_s, u"2024"_s},
    {u"deadline"_s, u"--from"_s, u"2024-09-27"_s, u"--working-days"_s, u"7"_s},
    {u"check"_s},
    {u"demo"_s, u"--appeals"_s, u"5"_s},
    {u"import"_s, u"appeals"_s, QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv")},
};
} // namespace

class TestOpenRefusal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Every file of the folder, so that a stray -wal, -shm or new folder shows.
    static QStringList entries(const QString &dir) {
        return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                   QDir::Name);
    }

    // Runs every verb on `file` and checks that each is refused, says `expected`, names the
    // file, and leaves the folder and the file exactly as they were.
    void refusedUnchanged(const QString &file, const QString &expected) {
        const QString folder = QFileInfo(file).absolutePath();
        const QStringList before = entries(folder);
        const QByteArray bytes = TestFiles::sha256(file);
        for (const QStringList &verb : verbs) {
            const CliRun::Result r = CliRun::run(file, verb);
            const QString what = verb.join(u' ') + u": "_s + r.err;
            QVERIFY2(r.exitCode == 1, qPrintable(what));
            QVERIFY2(r.err.contains(expected), qPrintable(what));
            QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(what));
            QVERIFY2(r.out.isEmpty(), qPrintable(verb.join(u' ') + u": "_s + r.out));
            QCOMPARE(entries(folder), before);
            QCOMPARE(TestFiles::sha256(file), bytes);
        }
    }

    // Every verb on `file`, which is not there: exit 1 naming `named`, and `base` stays empty.
    static void refusedNothingCreated(const QString &base, const QString &file,
                                      const QString &named) {
        for (const QStringList &verb : verbs) {
            const CliRun::Result r = CliRun::run(file, verb);
            QVERIFY2(r.exitCode == 1, qPrintable(verb.join(u' ') + u": "_s + r.err));
            QVERIFY2(r.err.contains(named), qPrintable(r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
            QVERIFY2(r.err.contains(u"init"_s) || verb.first() == "check"_L1, qPrintable(r.err));
            QVERIFY(entries(base).isEmpty());
        }
    }

    QString folder(const QString &name) {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    static void sqlite(const QString &file, const QStringList &statements) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(s));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    static int applicationId(const QString &file) {
        int id = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA application_id"_s) && q.next())
                    id = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return id;
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty()); }

    // `--db typo/x.sqlite overdue` made the folder and a new database and reported nothing
    // overdue with exit 0: a share that is not mounted looked like an office with no work.
    void aMissingFolderIsNotCreated() {
        const QString base = folder(u"missing-folder"_s);
        refusedNothingCreated(base, base + u"/typo/x.sqlite"_s, u"typo"_s);
    }

    void aMissingFileIsNotCreated() {
        const QString base = folder(u"missing-file"_s);
        refusedNothingCreated(base, base + u"/x.sqlite"_s, u"x.sqlite"_s);
        // init is the one verb that makes it, folder and all.
        const QString nested = base + u"/new/office.sqlite"_s;
        QCOMPARE(CliRun::run(nested, {u"init"_s}).exitCode, 0);
        QCOMPARE(CliRun::run(nested, {u"overdue"_s}).exitCode, 0);
        QCOMPARE(applicationId(nested), 0x51514442);
    }

    // A zero-byte file used to be set up silently.
    void anEmptyFileIsLeftEmpty() {
        const QString file = folder(u"empty"_s) + u"/zero.sqlite"_s;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        refusedUnchanged(file, u"empty"_s);
        QCOMPARE(QFileInfo(file).size(), 0);
        // init, asked to, sets it up.
        QCOMPARE(CliRun::run(file, {u"init"_s}).exitCode, 0);
        QCOMPARE(CliRun::run(file, {u"overdue"_s}).exitCode, 0);
    }

    void anotherProgramsDatabaseIsLeftAlone() {
        const QString file = folder(u"foreign"_s) + u"/shop.db"_s;
        sqlite(file, {u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_s,
                      u"INSERT INTO customers (name) VALUES ('王丽')"_s});
        refusedUnchanged(file, u"another program"_s);
        QCOMPARE(CliRun::run(file, {u"init"_s}).exitCode, 1);
        QCOMPARE(entries(QFileInfo(file).absolutePath()), QStringList{u"shop.db"_s});
    }

    // Marked by another program (its application_id), even with a table named like ours, and
    // in WAL mode: a read-only look at a WAL file leaves -wal and -shm files unless careful.
    void aMarkedForeignWalDatabaseIsLeftAlone() {
        const QString file = folder(u"foreign-wal"_s) + u"/geo.gpkg"_s;
        sqlite(file, {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA application_id = 1196444487"_s,
                      u"CREATE TABLE settings (key TEXT, value TEXT)"_s,
                      u"INSERT INTO settings VALUES ('schema_version', '3')"_s});
        QCOMPARE(entries(QFileInfo(file).absolutePath()), QStringList{u"geo.gpkg"_s});
        refusedUnchanged(file, u"another program"_s);
    }

    void aNewerQinqingDatabaseIsLeftAlone() {
        const QString file = folder(u"newer"_s) + u"/future.sqlite"_s;
        QCOMPARE(CliRun::run(file, {u"init"_s}).exitCode, 0);
        sqlite(file, {u"UPDATE settings SET value = '999' WHERE key = 'schema_version'"_s});
        QCOMPARE(entries(QFileInfo(file).absolutePath()), QStringList{u"future.sqlite"_s});
        refusedUnchanged(file, u"newer version"_s);
    }

    void documentsAreNotDatabases() {
        const QString base = folder(u"documents"_s);
        const QString pdf = base + u"/minutes.sqlite"_s;
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
        f.close();
        refusedUnchanged(pdf, u"not a database file"_s);
        const QString text = base + u"/notes.txt"_s;
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(QStringLiteral("会议纪要\n").repeated(200).toUtf8());
        t.close();
        refusedUnchanged(text, u"not a database file"_s);
    }

    // A Qinqing file from before the mark, recognised by its tables, gets it by its upgrade.
    void anOlderQinqingFileIsMarkedByItsUpgrade() {
        const QString file = folder(u"older"_s) + u"/v1.sqlite"_s;
        QVERIFY(QFile::copy(QStringLiteral(QINQING_TEST_DATA_DIR "/schema-v1.sqlite"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(applicationId(file), 0);
        const CliRun::Result r = CliRun::run(file, {u"list"_s, u"appeals"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(applicationId(file), 0x51514442);
    }
};

QTEST_GUILESS_MAIN(TestOpenRefusal)
#include "tst_openrefusal.moc"
