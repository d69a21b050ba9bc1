#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// An export killed at any moment (kill -9, a power cut's equivalent for the program) leaves the
// destination as it was and no partial or hidden file beside it; Ctrl+C stops it cleanly. The
// kills land at different points of csv, xlsx and pdf exports of a few thousand appeals.
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
};

QTEST_GUILESS_MAIN(TestExportKill)
#include "tst_exportkill.moc"
