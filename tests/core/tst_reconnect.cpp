// The server goes away while a desk works: the watcher says so (the GUI's banner), nothing
// crashes, a save in the meantime fails with a message instead of losing anything silently,
// and once the server is back the desk reconnects by itself and saves. The test runs its own
// cluster (support/pgcluster.sh) so that stopping it does not disturb the other tests.
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/DatabaseWatcher.h"
#include "core/queries/AppealListQuery.h"
#include "core/records/AppealRepository.h"
#include "core/records/EnterpriseRepository.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReconnect : public QObject {
    Q_OBJECT

    const QString m_dir =
        QDir::tempPath() + u"/qinqing-pg-reconnect-%1"_s.arg(QCoreApplication::applicationPid());
    const QString m_port = u"5441"_s;

    bool cluster(const QString &action) {
        QProcess p;
        p.start(u"sh"_s, {qEnvironmentVariable("QINQING_PGCLUSTER"), action, m_dir, m_port});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("%s", p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // Restarts the stopped server on the same data (pgcluster.sh start would make a new one).
    bool restart() {
        QProcess p;
        p.start(
            u"sh"_s,
            {u"-c"_s, u"bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); "
                      "run() { if [ $(id -u) = 0 ]; then runuser -u postgres -- \"$@\"; "
                      "else \"$@\"; fi; }; run $bin/pg_ctl -D %1/data -l %1/server.log "
                      "-w start -o \"-k %1 -p %2 -c listen_addresses=''\""_s.arg(m_dir, m_port)});
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }

    bool stopServer() {
        QProcess p;
        p.start(u"sh"_s,
                {u"-c"_s,
                 u"bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); "
                 "run() { if [ $(id -u) = 0 ]; then runuser -u postgres -- \"$@\"; "
                 "else \"$@\"; fi; }; run $bin/pg_ctl -D %1/data -m fast -w stop"_s.arg(m_dir)});
        return p.waitForFinished(120000) && p.exitCode() == 0;
    }

private slots:
    void initTestCase() { QVERIFY(cluster(u"start"_s)); }
    void cleanupTestCase() { cluster(u"stop"_s); }

    void serverStopsAndComesBack() {
        const QString url =
            u"postgresql://postgres@localhost:%1/postgres?host=%2"_s.arg(m_port, m_dir);
        Database db;
        QVERIFY2(db.open(url), qPrintable(db.errorString()));
        QVERIFY(DatabaseInitializer(db).initialize(u"tongliao"_s));
        AppealRepository repo(db);
        Appeal a;
        a.submittingUnit = u"某公司"_s;
        a.submitDate = QDate(2026, 3, 2);
        a.problem = u"水电气报装慢"_s;
        QVERIFY2(repo.insert(a), qPrintable(repo.errorString()));
        EnterpriseRepository enterprises(db);
        Enterprise e;
        e.name = u"某公司"_s;
        QVERIFY2(enterprises.insert(e), qPrintable(enterprises.errorString()));

        DatabaseWatcher watcher(db);
        QSignalSpy lost(&watcher, &DatabaseWatcher::connectionLost);
        QSignalSpy restored(&watcher, &DatabaseWatcher::connectionRestored);
        watcher.start(200);

        QVERIFY(stopServer());
        QVERIFY(lost.wait(10000));
        QVERIFY(!watcher.isConnected());
        // In the clerk's words, not libpq's "FATAL:  terminating connection due to
        // administrator command" (English whatever the program's language).
        const QString message = lost.first().first().toString();
        QVERIFY2(message.contains(u"database server"_s), qPrintable(message));
        // The clerk saves while the server is away: refused with a message; the form keeps
        // the typing (the Appeal the caller holds is untouched).
        Appeal edited = a;
        edited.phone = u"13912345678"_s;
        QVERIFY(!repo.update(edited));
        QVERIFY(!repo.errorString().isEmpty());
        // Said as what it is (it read "There is no appeal with id 1", as if deleted).
        QVERIFY2(repo.errorString().contains(u"database server"_s), qPrintable(repo.errorString()));
        QCOMPARE(edited.phone, u"13912345678"_s);
        // Every record's save, not the appeal's alone (the enterprise's said "There is no
        // enterprise with id 1").
        e.phone = u"13912345678"_s;
        QVERIFY(!enterprises.update(e));
        QVERIFY2(enterprises.errorString().contains(u"database server"_s),
                 qPrintable(enterprises.errorString()));

        QVERIFY(restart());
        QVERIFY(restored.wait(20000));
        QVERIFY(watcher.isConnected());
        QVERIFY2(repo.update(edited), qPrintable(repo.errorString()));
        QCOMPARE(repo.find(a.id)->phone, u"13912345678"_s);
    }

    // The list's statements are kept prepared (PreparedStatementCache); those of the session
    // before a restart died with it. After the reconnect the same search is prepared anew and
    // answers, instead of failing on a statement the new session never saw.
    void keptStatementsAfterTheServerRestarted() {
        const QString url =
            u"postgresql://postgres@localhost:%1/postgres?host=%2"_s.arg(m_port, m_dir);
        Database db;
        QVERIFY2(db.open(url), qPrintable(db.errorString()));
        QVERIFY(DatabaseInitializer(db).ensureInitialized());
        AppealRepository repo(db);
        Appeal a;
        a.submittingUnit = u"某燃气公司"_s;
        a.submitDate = QDate(2026, 3, 3);
        a.problem = u"燃气管道迁改审批慢"_s;
        QVERIFY2(repo.insert(a), qPrintable(repo.errorString()));
        const auto search = [&db](const QString &term, int *count) {
            AppealListQuery q(db);
            AppealListQuery::Filter f;
            f.search = term;
            q.setFilter(f);
            const QList<AppealListQuery::Row> rows = q.fetch(0, 50);
            *count = q.count();
            return q.errorString().isEmpty() ? int(rows.size()) : -1;
        };
        int count = 0;
        QCOMPARE(search(u"管道迁改"_s, &count), 1);
        QCOMPARE(count, 1);

        QVERIFY(stopServer());
        QVERIFY(restart());
        QVERIFY(db.reconnect());
        QCOMPARE(search(u"管道迁改"_s, &count), 1);
        QCOMPARE(count, 1);

        // Every session (the window's after its reconnect, a count's in its thread) plans a
        // kept statement for each run's values: a generic plan could not use the trigram index
        // for a rare term.
        Database counting;
        QVERIFY2(counting.openCopyOf(db), qPrintable(counting.errorString()));
        for (Database *session : {&db, &counting}) {
            QSqlQuery q(session->sql());
            QVERIFY(q.exec(u"SHOW plan_cache_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"force_custom_plan"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
