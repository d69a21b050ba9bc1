// A file on a network folder is written with the rollback journal (issue 13, JournalPolicy). A
// writer killed in the middle of a transaction leaves its journal beside the file ("hot"), the
// file perhaps half-changed. The next program that opens it must undo the change from the
// journal, which SQLite does only on a connection that may write: the read-only look Qinqing
// takes before opening (DatabaseFileCheck) failed on it with SQLITE_READONLY_ROLLBACK and
// refused the sound file as "damaged and cannot be read". Now the next open undoes the killed
// transaction and opens the file sound; where this user may not write the file or its folder,
// the message says that and why, not "damaged".
#include "TestPaths.h"
#include "core/Database.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

class TestHotJournal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_original;
    qint64 m_appeals = -1;

    static qint64 count(const QString &db) {
        const QString name = u"hot-count"_s;
        qint64 n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            c.setDatabaseName(db);
            c.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery q(c);
            if (c.open() && q.exec(u"SELECT count(*) FROM appeals"_s) && q.next())
                n = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    static QHash<QString, QString> onShare() { return {{u"QINQING_NETWORK_FOLDER"_s, u"yes"_s}}; }

    // A copy of the original in `folder`, with a writer killed in the middle of a transaction
    // that had already written some of its pages into the file (see killedWriter() below).
    QString killedWriter(const QString &folder) {
        QDir().mkpath(m_dir.filePath(folder));
        const QString file = m_dir.filePath(folder + u"/office.sqlite"_s);
        if (!QFile::copy(m_original, file))
            return {};
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {u"--killed-writer"_s, file});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::CrashExit)
            return {};
        // Hot: the journal's header is written (its magic number is zero until then).
        QFile journal(file + u"-journal"_s);
        if (!journal.open(QIODevice::ReadOnly) || journal.read(8) == QByteArray(8, '\0'))
            return {};
        return file;
    }

    static bool hasKilledRows(const QString &db) {
        Database d;
        if (!d.open(db))
            return true;
        QSqlQuery q(d.sql());
        return !q.exec(u"SELECT count(*) FROM appeals WHERE problem = 'KILLED'"_s) || !q.next() ||
               q.value(0).toInt() != 0;
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        qputenv("QINQING_NETWORK_FOLDER", "yes"); // the in-process opens too
        m_original = m_dir.filePath(u"original.sqlite"_s);
        QCOMPARE(CliRun::run(m_original, {u"init"_s}, onShare()).exitCode, 0);
        const CliRun::Result demo =
            CliRun::run(m_original, {u"demo"_s, u"--appeals"_s, u"200"_s}, onShare());
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_appeals = count(m_original);
        QVERIFY(m_appeals > 0);
        QVERIFY(!QFile::exists(m_original + u"-journal"_s));
    }

    void theProgramUndoesTheKilledTransaction() {
        const QString file = killedWriter(u"cli"_s);
        QVERIFY2(!file.isEmpty(), "the killed writer left no hot journal");
        const CliRun::Result r = CliRun::run(file, {u"check"_s}, onShare());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &wrong : {u"damaged"_s, u"read-only"_s})
            QVERIFY2(!r.err.contains(wrong), qPrintable(r.err));
        QVERIFY(!QFile::exists(file + u"-journal"_s));
        QCOMPARE(count(file), m_appeals); // nothing of the killed transaction
        QVERIFY(!hasKilledRows(file));
        // And it can be written again.
        const CliRun::Result again =
            CliRun::run(file,
                        {u"import"_s, u"appeals"_s,
                         QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv")},
                        onShare());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(count(file), m_appeals + 10);
    }

    void theDesktopOpenUndoesItToo() {
        const QString file = killedWriter(u"desk"_s);
        QVERIFY2(!file.isEmpty(), "the killed writer left no hot journal");
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QVERIFY2(!db.isReadOnly(), qPrintable(db.readOnlyReason()));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM appeals"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), m_appeals);
        QVERIFY(q.exec(u"SELECT count(*) FROM appeals WHERE problem = 'KILLED'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!QFile::exists(file + u"-journal"_s));
    }

    // Nobody who may write the folder has opened it since: the file cannot be read before the
    // change is undone, and this user cannot undo it. Root may write anything, so the program
    // runs as nobody then.
    void aReadOnlyFolderSaysWhy() {
        const QString file = killedWriter(u"readonly"_s);
        QVERIFY2(!file.isEmpty(), "the killed writer left no hot journal");
        const QString folder = QFileInfo(file).absolutePath();
        const QByteArray before = TestFiles::sha256(file);
        const QByteArray journalBefore = TestFiles::sha256(file + u"-journal"_s);
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QFile::setPermissions(file, readable);
        QFile::setPermissions(file + u"-journal"_s, readable);
        QFile::setPermissions(folder,
                              readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QINQING_NETWORK_FOLDER"_s, u"yes"_s);
        p.setProcessEnvironment(env);
        const QStringList args{u"--db"_s, file, u"list"_s, u"appeals"_s};
        CliRun::startAsOrdinaryUser(p, args);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QFile::setPermissions(folder, QFile::permissions(folder) | QFile::WriteOwner);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"did not finish"_s), qPrintable(err));
        QVERIFY2(err.contains(u"office.sqlite-journal"_s), qPrintable(err));
        QVERIFY2(err.contains(u"permission"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"is damaged"_s), qPrintable(err));
        QCOMPARE(TestFiles::sha256(file), before);
        QCOMPARE(TestFiles::sha256(file + u"-journal"_s), journalBefore);
        // Whoever may write the folder opens it as the first test did.
        QFile::setPermissions(file, readable | QFile::WriteOwner);
        const CliRun::Result r = CliRun::run(file, {u"check"_s}, onShare());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count(file), m_appeals);
    }
};

// What a desk does when it is killed (or the power goes) during a commit on a network folder:
// a transaction in the rollback-journal mode whose journal was synced and some of whose pages
// already replaced the file's (a small page cache makes SQLite write them before the commit).
// Then the process dies without a word.
static int killedWriter(const QString &file) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        db.setDatabaseName(file);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        for (const QString &sql : {u"PRAGMA journal_mode = DELETE"_s,
                                   u"PRAGMA synchronous = FULL"_s, u"PRAGMA cache_size = 10"_s,
                                   u"BEGIN IMMEDIATE"_s, u"UPDATE appeals SET problem = 'KILLED'"_s,
                                   u"UPDATE appeals SET suggestions = 'KILLED'"_s}) {
            if (!q.exec(sql))
                return 1;
        }
        ::raise(SIGKILL);
    }
    return 1;
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--killed-writer") == 0)
        return killedWriter(QString::fromLocal8Bit(argv[2]));
    TestHotJournal test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hotjournal.moc"
