#include "tests/support/CliRun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// The program killed (SIGKILL: a power cut as far as the program can tell) at random points of
// an import, a demo, an export and a backup (issue 13): after each kill the database passes
// `check`, holds either everything the killed command was writing or nothing of it, and no
// temporary or half-written file is left behind. The random points come from a seed printed
// at the start; QINQING_CRASH_SEED=N replays a run.
class TestCrashKill : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QRandomGenerator m_random;
    int m_kills = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static qint64 count(const QString &db, const QString &table) {
        const QString name = u"crash-count"_s;
        qint64 n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            c.setDatabaseName(db);
            c.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                    n = q.value(0).toLongLong();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

    // Temporary files of any kind in the test folder and its backups folder: export and
    // backup part files, SQLite's rollback journals left by a writer that was not allowed to
    // finish. A killed backup's part file is removed by the next backup (as the issue asks:
    // "clean them at the next start"), so `allowParts` lets those through right after a kill.
    QStringList leftovers(bool allowParts = false) const {
        auto temporary = [allowParts](const QString &f) {
            if (allowParts && (f.endsWith(".part"_L1) || f.endsWith(".part-journal"_L1)))
                return false;
            return f.contains(".part"_L1) || f.endsWith(".tmp"_L1) || f.contains(u"(deleted)"_s) ||
                   f.endsWith("-journal"_L1);
        };
        QStringList found;
        const QDir::Filters filters = QDir::Files | QDir::Hidden | QDir::System;
        for (const QString &f : QDir(m_dir.path()).entryList(filters)) {
            if (temporary(f))
                found << f;
        }
        for (const QString &f : QDir(path(u"backups"_s)).entryList(filters)) {
            if (temporary(f) || (!f.endsWith(".sqlite"_L1) && !f.contains(".part"_L1)))
                found << u"backups/"_s + f;
        }
        return found;
    }

    // Runs the CLI and kills it after a random part of `fullMs`; true when the kill landed
    // (the command was still running).
    bool runAndKill(const QString &db, const QStringList &args, qint64 fullMs) {
        QProcess p;
        p.start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, db} + args);
        if (!p.waitForStarted(30000))
            return false;
        // Within the first 80 % of the time the whole command took: a later kill may find
        // it done on a machine that is less busy than when it was timed.
        const int delay = int(m_random.bounded(qMax<qint64>(fullMs * 8 / 10, 20)));
        QTest::qWait(delay);
        const bool running = p.state() == QProcess::Running;
        if (running)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(120000);
        if (running && p.exitStatus() == QProcess::CrashExit)
            ++m_kills;
        return running;
    }

    static qint64 timed(const QString &db, const QStringList &args) {
        QElapsedTimer t;
        t.start();
        const CliRun::Result r = CliRun::run(db, args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r.exitCode == 0 ? t.elapsed() : -1;
    }

    void expectSound(const QString &db) {
        const CliRun::Result r = CliRun::run(db, {u"check"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(db + u": "_s + r.err));
    }

    QString writeCsv(int rows) const {
        const QString file = path(u"import.csv"_s);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray csv = "编号,提交单位,统一社会信用代码,企业负责人,联系电话,提交日期,渠道,"
                         "困难问题,意见建议,备注,领域,行业性（是/否）,紧急,收集部门\n";
        for (int i = 1; i <= rows; ++i)
            csv += u",断电测试企业%1,,王建军,13947712345,2024-07-05,报名申请表,"
                   "第%1号诉求：二期项目用地预审已提交两个月，至今未取得批复。,"
                   "建议明确办理时限。,,自然资源,否,,自然资源局\n"_s.arg(i)
                       .toUtf8();
        f.write(csv);
        return file;
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty());
        const quint32 seed = qEnvironmentVariableIsSet("QINQING_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("QINQING_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("QINQING_CRASH_SEED=%u", seed);
        m_random.seed(seed);
        m_db = path(u"office.sqlite"_s);
        QCOMPARE(CliRun::run(m_db, {u"init"_s, u"--profile"_s, u"wushen"_s}).exitCode, 0);
        QVERIFY(timed(m_db, {u"demo"_s, u"--appeals"_s, u"2000"_s, u"--today"_s, u"2026-06-15"_s}) >
                0);
    }

    // Import: all of the file's 3,000 appeals or none of them.
    void killedImports() {
        const QString csv = writeCsv(3000);
        QVERIFY(!csv.isEmpty());
        const QString trial = path(u"trial.sqlite"_s);
        QVERIFY(QFile::copy(m_db, trial));
        const qint64 full = timed(trial, {u"import"_s, u"appeals"_s, csv});
        QVERIFY(full > 0);
        QVERIFY(QFile::remove(trial));
        QDir(path(u"backups"_s)).removeRecursively();
        for (int i = 0; i < 8; ++i) {
            const qint64 before = count(m_db, u"appeals"_s);
            runAndKill(m_db, {u"import"_s, u"appeals"_s, csv}, full);
            expectSound(m_db);
            const qint64 after = count(m_db, u"appeals"_s);
            QVERIFY2(after == before || after == before + 3000,
                     qPrintable(u"%1 appeals before, %2 after"_s.arg(before).arg(after)));
            QVERIFY2(leftovers(true).isEmpty(), qPrintable(leftovers(true).join(u", "_s)));
        }
        // The next import cleans up what a killed snapshot left.
        QVERIFY(timed(m_db, {u"import"_s, u"appeals"_s, csv}) > 0);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
    }

    // Demo: fills an empty database with all of its appeals or leaves it empty.
    void killedDemos() {
        const QString db = path(u"demo.sqlite"_s);
        const QStringList demo = {u"demo"_s, u"--appeals"_s, u"1000"_s, u"--today"_s,
                                  u"2026-06-15"_s};
        QCOMPARE(CliRun::run(db, {u"init"_s}).exitCode, 0);
        const qint64 full = timed(db, demo);
        QVERIFY(full > 0);
        for (int i = 0; i < 5; ++i) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(db + suffix);
            QCOMPARE(CliRun::run(db, {u"init"_s}).exitCode, 0);
            runAndKill(db, demo, full);
            expectSound(db);
            const qint64 n = count(db, u"appeals"_s);
            QVERIFY2(n == 0 || n == 1000, qPrintable(u"%1 appeals after the kill"_s.arg(n)));
            QVERIFY(count(db, u"enterprises"_s) == 0 || n == 1000);
            QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
        }
    }

    // Export and backup: the file is whole or not there; the database is not touched.
    void killedExportsAndBackups() {
        const qint64 appeals = count(m_db, u"appeals"_s);
        const QString csv = path(u"list.csv"_s);
        const QString xlsx = path(u"list.xlsx"_s);
        const QString backup = path(u"copy.sqlite"_s);
        const QStringList exportCsv = {u"export"_s, u"problem-list"_s, u"--out"_s, csv};
        const QStringList exportXlsx = {u"export"_s, u"problem-list"_s, u"--out"_s, xlsx};
        const QStringList backupArgs = {u"backup"_s, u"--out"_s, backup};
        const qint64 fullCsv = timed(m_db, exportCsv);
        const qint64 fullXlsx = timed(m_db, exportXlsx);
        const qint64 fullBackup = timed(m_db, backupArgs);
        QVERIFY(fullCsv > 0 && fullXlsx > 0 && fullBackup > 0);
        for (int i = 0; i < 10; ++i) {
            QFile::remove(csv);
            QFile::remove(xlsx);
            QFile::remove(backup);
            const bool spreadsheet = i % 2;
            runAndKill(m_db, spreadsheet ? exportXlsx : exportCsv,
                       spreadsheet ? fullXlsx : fullCsv);
            runAndKill(m_db, backupArgs, fullBackup);
            expectSound(m_db);
            QVERIFY2(leftovers(true).isEmpty(), qPrintable(leftovers(true).join(u", "_s)));
            QCOMPARE(count(m_db, u"appeals"_s), appeals);
            if (QFile::exists(backup))
                QCOMPARE(count(backup, u"appeals"_s), appeals);
            if (QFile::exists(csv)) {
                QFile f(csv);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(f.readAll().endsWith("\r\n"));
            }
            if (QFile::exists(xlsx)) {
                QFile f(xlsx);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(f.readAll().right(200).contains("PK\x05\x06"));
            }
            if (i % 5 == 4) { // the next backup removes what a killed one left
                QVERIFY(timed(m_db, backupArgs) > 0);
                QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
            }
        }
    }

    void cleanupTestCase() {
        qInfo("%d kills landed", m_kills);
        QVERIFY2(m_kills >= 20, qPrintable(u"only %1 kills landed"_s.arg(m_kills)));
    }
};

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crashkill.moc"
