// Messages that said the wrong thing (issue 13): a read-only file said "row 2: Cannot store the
// enterprise…", a full disk "cannot rollback - no transaction is active" or "Unknown error".
// The file's problem is named with the operating system's reason, never a row; and one bad
// import file prints a capped list of errors, not one line per row.
#include "TestPaths.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestFileErrors : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString bigCsv(int copies) {
        return TestFiles::appealCopies(QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv"),
                                       copies, m_dir.filePath(u"big-%1.csv"_s.arg(copies)));
    }

    static int run(const QString &program, const QStringList &args) {
        return QProcess::execute(program, args);
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty()); }

    // A full disk: a tmpfs a little larger than the database (needs root to mount; skipped
    // elsewhere).
    void aFullDiskSaysSo() {
        if (geteuid() != 0)
            QSKIP("mounting a small file system needs root");
        const QString source = m_dir.filePath(u"office.sqlite"_s);
        QCOMPARE(CliRun::run(source, {u"init"_s}).exitCode, 0);
        const QString mount = m_dir.filePath(u"small-disk"_s);
        QVERIFY(QDir().mkpath(mount));
        const qint64 room = QFileInfo(source).size() + 96 * 1024;
        if (run(u"mount"_s,
                {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1"_s.arg(room), u"tmpfs"_s, mount}) != 0)
            QSKIP("cannot mount a tmpfs here");
        const QString file = mount + u"/office.sqlite"_s;
        QVERIFY(QFile::copy(source, file));
        const CliRun::Result r = CliRun::run(file, {u"import"_s, u"appeals"_s, bigCsv(100)});
        const CliRun::Result count = CliRun::run(file, {u"list"_s, u"appeals"_s});
        run(u"umount"_s, {mount});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the disk is full"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(QString::fromLocal8Bit(strerror(ENOSPC))), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"office.sqlite"_s), qPrintable(r.err));
        for (const QString &wrong : {u"cannot rollback"_s, u"Unknown error"_s, u"row "_s})
            QVERIFY2(!r.err.contains(wrong), qPrintable(r.err));
        QVERIFY2(count.out.trimmed().isEmpty() || !count.out.contains(u"WS"_s),
                 qPrintable(count.out)); // all or nothing: no appeal stored
    }

    // A read-only file (permissions): said at once, before any row. Root may write anything,
    // so the CLI runs as nobody then.
    void aReadOnlyFileSaysSo() {
        const QString folder = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + u"/office.sqlite"_s;
        QCOMPARE(CliRun::run(file, {u"init"_s}).exitCode, 0);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther);
        const QString csv = bigCsv(1);
        QFile::setPermissions(csv, QFile::permissions(csv) | QFile::ReadOther);
        QProcess p;
        QStringList args{u"--db"_s, file, u"import"_s, u"appeals"_s, csv};
        CliRun::startAsOrdinaryUser(p, args);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QFile::setPermissions(folder, QFile::permissions(folder) | QFile::WriteOwner);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"read-only"_s), qPrintable(err));
        QVERIFY2(err.contains(u"office.sqlite"_s), qPrintable(err));
        QVERIFY2(!err.contains(u"row "_s), qPrintable(err));
        QVERIFY2(!err.contains(u"enterprise"_s), qPrintable(err));
    }

    // One bad file printed 100,001 lines of standard error: the first errors and a count.
    void aBadFilePrintsAFewLines() {
        const QString db = m_dir.filePath(u"capped.sqlite"_s);
        QCOMPARE(CliRun::run(db, {u"init"_s}).exitCode, 0);
        const CliRun::Result r = CliRun::run(
            db, {u"import"_s, u"appeals"_s,
                 QStringLiteral(QINQING_TEST_DATA_DIR "/hostile-csv/bad-dates-3000-rows.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.count(u'\n') <= 60, qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.contains(u"more errors"_s), qPrintable(r.err.right(500)));
    }
};

QTEST_GUILESS_MAIN(TestFileErrors)
#include "tst_fileerrors.moc"
