// The program's one "today": Clock. Tests and the demo fix it one way (Clock::Fixed, or
// QINQING_TODAY for qinqing and qinqing-cli), and the services' defaults follow it.
#include "core/Clock.h"
#include "core/Database.h"
#include "core/DatabaseInitializer.h"
#include "core/workflow/AssignmentService.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void systemClockWhenNotFixed() {
        QVERIFY(!Clock::isFixed());
        // Around midnight the two reads may straddle the change of day.
        const QDate before = QDate::currentDate();
        const QDate today = Clock::today();
        QVERIFY(today == before || today == QDate::currentDate());
        QVERIFY(qAbs(Clock::now().secsTo(QDateTime::currentDateTime())) < 5);
    }

    void fixedForAScope() {
        {
            Clock::Fixed fixed(QDate(2024, 10, 8));
            QCOMPARE(Clock::today(), QDate(2024, 10, 8));
            QCOMPARE(Clock::now().date(), QDate(2024, 10, 8));
            QVERIFY(Clock::nowIso().startsWith("2024-10-08T"_L1));
            {
                Clock::Fixed inner(QDate(2025, 1, 2));
                QCOMPARE(Clock::today(), QDate(2025, 1, 2));
            }
            QCOMPARE(Clock::today(), QDate(2024, 10, 8)); // the outer date is back
        }
        QVERIFY(!Clock::isFixed());
    }

    void environment() {
        qputenv("QINQING_TODAY", "2026-02-30");
        QString error;
        QVERIFY(!Clock::fixFromEnvironment(&error));
        QVERIFY2(error.contains("QINQING_TODAY"_L1) && error.contains("2026-02-30"_L1),
                 qPrintable(error));
        QVERIFY(!Clock::isFixed()); // a bad value changes nothing

        qputenv("QINQING_TODAY", "2026-03-02");
        QVERIFY(Clock::fixFromEnvironment(&error));
        QCOMPARE(Clock::today(), QDate(2026, 3, 2));
        Clock::setToday({});
        qunsetenv("QINQING_TODAY");
        QVERIFY(Clock::fixFromEnvironment(&error)); // unset: nothing to do
        QVERIFY(!Clock::isFixed());
    }

    // A service's "today" follows the fixed clock, whatever the machine's date: escalating on
    // a later day is refused as "after today", escalating without a day is dated today.
    void servicesFollowTheClock() {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(TestServer::location(dir.path(), u"clock.sqlite"_s)));
        QVERIFY(DatabaseInitializer(db).initialize(u"tongliao"_s));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"INSERT INTO departments (name) VALUES ('自然资源局')"_s));
        QVERIFY(q.exec(u"INSERT INTO enterprises (name, created_at, updated_at) VALUES "
                       "('某公司', '', '')"_s));
        QVERIFY(q.exec(u"INSERT INTO appeals (number, submitting_unit, enterprise_id, "
                       "submit_date, problem, status, created_at, updated_at) VALUES "
                       "('A-1', '某公司', 1, '2024-05-01', '问题', 'accepted', '', '')"_s));
        AssignmentService service(db);
        Assignment draft;
        draft.appealId = 1;
        draft.leadDepartmentId = 1;
        draft.assignedOn = QDate(2024, 5, 10);
        const qint64 id = service.create(draft);
        QVERIFY2(id > 0, qPrintable(service.errorString()));
        Clock::Fixed fixed(QDate(2024, 5, 20));
        QVERIFY(!service.escalate(id, u"上级协调"_s, QDate(2024, 5, 21)));
        QVERIFY2(service.errorString().contains("2024-05-21"_L1),
                 qPrintable(service.errorString()));
        QVERIFY2(service.escalate(id, u"上级协调"_s), qPrintable(service.errorString()));
        QCOMPARE(service.find(id)->escalatedOn, QDate(2024, 5, 20));
    }

    // qinqing-cli takes "today" from QINQING_TODAY: `overdue` without --as-of answers for
    // that day, as `--as-of` does; a malformed value is refused as bad input.
    void cliTakesTodayFromTheEnvironment() {
        QTemporaryDir dir;
        const QString db = TestServer::location(dir.path(), u"demo.sqlite"_s);
        const QString day = u"2026-11-16"_s;
        const QHash<QString, QString> unfixed{{u"QINQING_TODAY"_s, QString()}};
        CliRun::Result r = CliRun::run(db, {u"init"_s, u"--profile"_s, u"tongliao"_s}, unfixed);
        QCOMPARE(r.exitCode, 0);
        // 120 appeals: fewer leave no item overdue on the day once escalated items, which wait
        // for the higher level, are no longer chased.
        r = CliRun::run(db, {u"demo"_s, u"--appeals"_s, u"120"_s, u"--today"_s, day}, unfixed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const CliRun::Result asOf = CliRun::run(db, {u"overdue"_s, u"--as-of"_s, day}, unfixed);
        QCOMPARE(asOf.exitCode, 0);
        QVERIFY(asOf.out.count(u'\n') > 1); // the demo has overdue items on its day
        const CliRun::Result fixed = CliRun::run(db, {u"overdue"_s}, {{u"QINQING_TODAY"_s, day}});
        QCOMPARE(fixed.exitCode, 0);
        QCOMPARE(fixed.out, asOf.out);
        const CliRun::Result bad =
            CliRun::run(db, {u"overdue"_s}, {{u"QINQING_TODAY"_s, u"16.11.2026"_s}});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("QINQING_TODAY"_L1), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
