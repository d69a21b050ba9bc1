#include "core/export/PartFile.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// An export killed at any moment (kill -9, a power cut's equivalent for the program) leaves the
// destination as it was and no partial or hidden file beside it; Ctrl+C stops it cleanly. The
// kills land at different points of csv, xlsx and pdf exports of a few thousand appeals. On a
// file system without unnamed files (a network share; QINQING_PART_FILES=named here) a kill
// leaves a hidden part file: the next export into that folder removes it, and never the part
// of an export that is still running.
class TestExportKill : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QString outFolder() const { return m_dir.filePath(u"out"_s); }

    // Everything in the output folder, hidden files included.
    QStringList leftovers() const {
        return QDir(outFolder()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    static void writeOld(const QString &path) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("old file");
    }

    // A whole export: the CSV's last row ended, the zip's central directory written, the
    // PDF's end-of-file mark.
    static bool isComplete(const QByteArray &bytes, const QString &suffix) {
        if (suffix == "csv"_L1)
            return bytes.startsWith("\xEF\xBB\xBF") && bytes.endsWith("\r\n") &&
                   bytes.count("\r\n") > 3000;
        if (suffix == "xlsx"_L1)
            return bytes.startsWith("PK") && bytes.right(200).contains("PK\x05\x06");
        return bytes.startsWith("%PDF") && bytes.trimmed().endsWith("%%EOF");
    }

    static QByteArray contents(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QStringList hiddenFiles(const QString &folder) {
        return QDir(folder).entryList({u".*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    }

    // Starts an export to `out` as on a network share: part files with names.
    static void startOnShare(QProcess &p, const QString &db, const QString &out) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QINQING_PART_FILES"_s, u"named"_s);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("QINQING_CLI"),
                {u"--db"_s, db, u"export"_s, u"problem-list"_s, u"--out"_s, out});
    }

    // Waits until the export `p` writes has a part file in `folder`; its name, "" if none came.
    static QString waitForPart(const QProcess &p, const QString &folder) {
        for (int i = 0; i < 3000 && p.state() == QProcess::Running; ++i) {
            const QStringList parts = hiddenFiles(folder);
            if (!parts.isEmpty() && QFileInfo(QDir(folder).filePath(parts.first())).size() > 0)
                return parts.first();
            QTest::qWait(10);
        }
        return {};
    }

    // Starts an export and sends `signal` after `delayMs`; returns the process's end.
    static QProcess::ExitStatus exportAndSignal(const QString &db, const QString &out, int delayMs,
                                                int signal, int *exitCode) {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"),
                {u"--db"_s, db, u"export"_s, u"problem-list"_s, u"--out"_s, out});
        if (!p.waitForStarted(30000))
            return QProcess::CrashExit;
        QTest::qWait(delayMs);
        if (p.state() == QProcess::Running)
            ::kill(pid_t(p.processId()), signal);
        p.waitForFinished(300000);
        *exitCode = p.exitCode();
        return p.exitStatus();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        QVERIFY(QDir().mkpath(outFolder()));
        m_db = TestServer::location(m_dir.path(), u"kill.sqlite"_s);
        QCOMPARE(CliRun::run(m_db, {u"init"_s, u"--profile"_s, u"wushen"_s}).exitCode, 0);
        const CliRun::Result demo = CliRun::run(
            m_db, {u"demo"_s, u"--appeals"_s, u"3000"_s, u"--today"_s, u"2026-06-15"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void killedExportsLeaveNothing_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("delayMs");
        for (const char *suffix : {"csv", "xlsx", "pdf"}) {
            for (int delay : {30, 80, 150, 250, 400, 700, 1200}) {
                QTest::addRow("%s after %d ms", suffix, delay)
                    << QString::fromLatin1(suffix) << delay;
            }
        }
    }

    void killedExportsLeaveNothing() {
        QFETCH(QString, suffix);
        QFETCH(int, delayMs);
        const QString folder = outFolder() + u"/kill-%1-%2"_s.arg(suffix).arg(delayMs);
        QVERIFY(QDir().mkpath(folder));
        const QString out = folder + u"/清单."_s + suffix;
        writeOld(out);
        int code = -1;
        const QProcess::ExitStatus status = exportAndSignal(m_db, out, delayMs, SIGKILL, &code);
        // Killed before the new file took the name: the old one, untouched; after (or not
        // killed at all): the new one, whole.
        const QByteArray now = contents(out);
        if (status == QProcess::NormalExit)
            QCOMPARE(code, 0);
        if (status == QProcess::NormalExit || now != "old file")
            QVERIFY2(isComplete(now, suffix), qPrintable(u"%1 bytes"_s.arg(now.size())));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{u"清单."_s + suffix});
    }

    // `print` wrote the PDF under its name as it went: killed, it left half a PDF there, and
    // an older file of that name was gone.
    void killedPrintLeavesNothing_data() {
        QTest::addColumn<int>("delayMs");
        for (int delay : {150, 300, 500, 800})
            QTest::addRow("after %d ms", delay) << delay;
    }

    void killedPrintLeavesNothing() {
        QFETCH(int, delayMs);
        const QString folder = outFolder() + u"/print-%1"_s.arg(delayMs);
        QVERIFY(QDir().mkpath(folder));
        const QString out = folder + u"/办理情况表.pdf"_s;
        writeOld(out);
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"),
                {u"--db"_s, m_db, u"print"_s, u"form2"_s, u"--meeting"_s, u"2"_s, u"--out"_s, out});
        QVERIFY(p.waitForStarted(30000));
        QTest::qWait(delayMs);
        if (p.state() == QProcess::Running)
            ::kill(pid_t(p.processId()), SIGKILL);
        // A quick machine finishes the print within the delay: waitForFinished() is then
        // false (nothing left to wait for), and the whole new file is checked below.
        QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(120000));
        const QByteArray now = contents(out);
        if (p.exitStatus() == QProcess::NormalExit)
            QCOMPARE(p.exitCode(), 0);
        if (p.exitStatus() == QProcess::NormalExit || now != "old file")
            QVERIFY2(isComplete(now, u"pdf"_s), qPrintable(u"%1 bytes"_s.arg(now.size())));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{u"办理情况表.pdf"_s});
    }

    void interruptStopsCleanly() {
        const QString out = outFolder() + u"/中断.pdf"_s;
        int code = -1;
        const QProcess::ExitStatus status = exportAndSignal(m_db, out, 500, SIGINT, &code);
        QCOMPARE(status, QProcess::NormalExit); // handled, not killed by the signal
        if (code == 0)
            QVERIFY(contents(out).startsWith("%PDF")); // it had finished
        else {
            QCOMPARE(code, 1);
            QVERIFY(!QFile::exists(out));
        }
        for (const QString &name : leftovers())
            QVERIFY2(!name.startsWith(u'.'), qPrintable(name));
    }

    void killedExportOnAShareIsTidiedByTheNext() {
        const QString folder = outFolder() + u"/share"_s;
        QVERIFY(QDir().mkpath(folder));
        QProcess killed;
        startOnShare(killed, m_db, folder + u"/清单.pdf"_s);
        QVERIFY(killed.waitForStarted(30000));
        const QString part = waitForPart(killed, folder);
        QVERIFY2(!part.isEmpty(), "the export ended before its part file was seen");
        QVERIFY2(PartFile::isPartFile(part), qPrintable(part));
        ::kill(pid_t(killed.processId()), SIGKILL);
        killed.waitForFinished(30000);
        QCOMPARE(hiddenFiles(folder), QStringList{part}); // what the kill left
        // The next export into the folder, of another file, removes it.
        const CliRun::Result next =
            CliRun::run(m_db, {u"export"_s, u"problem-list"_s, u"--out"_s, folder + u"/别的.csv"_s},
                        {{u"QINQING_PART_FILES"_s, u"named"_s}});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{u"别的.csv"_s});
    }

    void runningExportsPartIsLeftAlone() {
        const QString folder = outFolder() + u"/busy"_s;
        QVERIFY(QDir().mkpath(folder));
        QProcess running;
        const QString out = folder + u"/长清单.pdf"_s;
        startOnShare(running, m_db, out);
        QVERIFY(running.waitForStarted(30000));
        const QString part = waitForPart(running, folder);
        QVERIFY2(!part.isEmpty(), "the export ended before its part file was seen");
        // Another export into the same folder meanwhile, and the part clean-up as it runs
        // when the desktop program starts.
        const CliRun::Result other =
            CliRun::run(m_db, {u"export"_s, u"problem-list"_s, u"--out"_s, folder + u"/别的.csv"_s},
                        {{u"QINQING_PART_FILES"_s, u"named"_s}});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        PartFile::removeStale(folder + u"/x"_s, true);
        if (running.state() == QProcess::Running)
            QVERIFY2(QFile::exists(QDir(folder).filePath(part)), qPrintable(part));
        QVERIFY(running.waitForFinished(300000));
        QCOMPARE(running.exitCode(), 0);
        QVERIFY(isComplete(contents(out), u"pdf"_s));
        QCOMPARE(hiddenFiles(folder), QStringList());
    }

    // In one program: a part held by a live writer stays, one nobody holds goes, and so does
    // a journal whose part is gone.
    void staleMeansNobodyHoldsIt() {
        const QString folder = outFolder() + u"/inprocess"_s;
        QVERIFY(QDir().mkpath(folder));
        qputenv("QINQING_PART_FILES", "named");
        PartFile live(folder + u"/a.pdf"_s);
        QString error;
        QVERIFY2(live.open(&error), qPrintable(error));
        qunsetenv("QINQING_PART_FILES");
        const QString livePart = QFileInfo(live.writePath()).fileName();
        QVERIFY(PartFile::isPartFile(livePart));
        for (const QString &name : {u".b.xlsx.Ab3dE9.part"_s, u".c.sqlite.x1Y2z3.part-journal"_s,
                                    u".d.csv.AAAAAA.part"_s})
            writeOld(QDir(folder).filePath(name));
        writeOld(QDir(folder).filePath(u".keep.part"_s)); // not one of ours
        PartFile::removeStale(folder + u"/x"_s, true);
        QStringList expected{u".keep.part"_s, livePart};
        expected.sort();
        QCOMPARE(hiddenFiles(folder), expected);
        QVERIFY2(live.commit(&error), qPrintable(error));
        QCOMPARE(hiddenFiles(folder), QStringList{u".keep.part"_s});
        QVERIFY(QFile::exists(folder + u"/a.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportKill)
#include "tst_exportkill.moc"
