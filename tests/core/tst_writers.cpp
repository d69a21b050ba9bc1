// Two writers on one database file (issue 13): the second one waits for the first instead of
// failing, and when the file stays locked the message says another program holds it, never
// that a row is wrong. SQLite only: the server has its own locking (tst_concurrency_pg).
#include "TestPaths.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWriters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString newDatabase() {
        const QString db = m_dir.filePath(u"writers-%1.sqlite"_s.arg(++m_n));
        const CliRun::Result r = CliRun::run(db, {u"init"_s});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return db;
    }

    QString csv(int copies) {
        return TestFiles::appealCopies(QStringLiteral(QINQING_TEST_DATA_DIR "/appeals-sample.csv"),
                                       copies, m_dir.filePath(u"writers-%1.csv"_s.arg(++m_n)));
    }

    static int count(const QString &db, const QString &sql) {
        int n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writers-count"_s);
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"writers-count"_s);
        return n;
    }

    static QProcess *start(const QString &db, const QStringList &args) {
        auto *p = new QProcess;
        p->start(qEnvironmentVariable("QINQING_CLI"), QStringList{u"--db"_s, db} + args);
        p->waitForStarted();
        return p;
    }

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("QINQING_CLI").isEmpty()); }

    // The campaign's case: two clerks import at the same time. The second import used to fail
    // within 0.1–2.4 s with "row 2: Cannot reserve an appeal number: database is locked".
    void twoImportsAtOnceBothSucceed() {
        const QString db = newDatabase();
        const QString big = csv(150);
        const QString small = csv(1);
        for (int round = 0; round < 3; ++round) {
            std::unique_ptr<QProcess> first(start(db, {u"import"_s, u"appeals"_s, big}));
            QTest::qWait(150 + 100 * round);
            std::unique_ptr<QProcess> second(start(db, {u"import"_s, u"appeals"_s, small}));
            QVERIFY(first->waitForFinished(120000));
            QVERIFY(second->waitForFinished(120000));
            const QString err1 = QString::fromUtf8(first->readAllStandardError());
            const QString err2 = QString::fromUtf8(second->readAllStandardError());
            QVERIFY2(first->exitCode() == 0, qPrintable(err1));
            QVERIFY2(second->exitCode() == 0, qPrintable(err2));
        }
        QCOMPARE(count(db, u"SELECT count(*) FROM appeals"_s), 3 * (1500 + 10));
    }

    // A writer that waits gets the file once the other one is done.
    void aWriterWaitsForTheLock() {
        const QString db = newDatabase();
        const QString small = csv(1);
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), qPrintable(q.lastError().text()));
            std::unique_ptr<QProcess> p(start(db, {u"import"_s, u"appeals"_s, small}));
            QTest::qWait(1500);
            QCOMPARE(p->state(), QProcess::Running); // waiting, not failed
            QVERIFY(q.exec(u"COMMIT"_s));
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM appeals"_s), 10);
    }

    // A file that stays locked: the message names the other program, not a row, and nothing of
    // the import is stored.
    void aLockHeldTooLongIsReportedAsSuch() {
        const QString db = newDatabase();
        const QString small = csv(1);
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_s));
            QElapsedTimer timer;
            timer.start();
            const CliRun::Result r = CliRun::run(db, {u"import"_s, u"appeals"_s, small});
            QVERIFY(timer.elapsed() >= 4000); // it waited (busy_timeout) before giving up
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"another program"_s, Qt::CaseInsensitive), qPrintable(r.err));
            QVERIFY2(r.err.contains(db), qPrintable(r.err));
            QVERIFY2(!r.err.contains(u"row "_s), qPrintable(r.err));
            QVERIFY(q.exec(u"ROLLBACK"_s));
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(count(db, u"SELECT count(*) FROM appeals"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
