#include "core/queries/AssignmentState.h"
#include "tests/core/DashboardCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace DashboardFixture;

Q_DECLARE_METATYPE(DashboardBucket)

// The deadline dashboard's buckets (overdue, due soon, extended, escalated) as of dates around
// 春节 and 国庆 with their make-up working weekends. Every expected date below is worked out by
// hand from the State Council notices (see tst_workcalendar for the same days).
// tst_dashboard_reports has the owed reports, meeting deadlines and the department table.
class TestDashboard : public QObject, public DashboardCase {
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void chunjieBuckets() {
        // 2024-02-08 Thu; 02-09 除夕 is a working Friday, 02-10..17 off, 02-18 Sunday make-up:
        // three working days after 02-08 end on Monday 02-19.
        const qint64 overdue = open("2024-02-07");
        const qint64 dueToday = open("2024-02-08");
        const qint64 lastAmber = open("2024-02-19");
        const qint64 green = open("2024-02-20");
        const qint64 escalated = open("2024-02-01", deptB, "2024-01-15", "escalated");
        AssignmentSpec doneEarly = spec(0, deptA, d("2024-01-15"), d("2024-02-05"));
        doneEarly.status = u"done"_s;
        doneEarly.completedOn = d("2024-02-06");
        const qint64 closed = assignment(*db, doneEarly);
        AssignmentSpec doneLater = doneEarly;
        doneLater.completedOn = d("2024-02-09"); // still open on 02-08, and late then
        const qint64 openThen = assignment(*db, doneLater);
        const qint64 future = open("2024-03-01", deptA, "2024-02-09");
        const qint64 deferred = open("2024-02-01", deptA, "2024-01-15", "deferred");

        const DashboardSnapshot s = wuhai(d("2024-02-08"));
        QCOMPARE(s.dueSoonLimit, d("2024-02-19"));
        QCOMPARE(item(s, overdue)->bucket, DashboardBucket::Overdue);
        QCOMPARE(item(s, dueToday)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, lastAmber)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, green)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, escalated)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, openThen)->bucket, DashboardBucket::Overdue);
        QVERIFY(!item(s, closed));
        QVERIFY(!item(s, future));
        QVERIFY(!item(s, deferred));
        QCOMPARE(s.count(DashboardBucket::Overdue), 2);
        QCOMPARE(s.count(DashboardBucket::DueSoon), 2);
        QCOMPARE(s.count(DashboardBucket::OnTrack), 1);
        QCOMPARE(s.count(DashboardBucket::Escalated), 1);
        QCOMPARE(s.openTotal(), 6);
        QVERIFY(s.warnings.isEmpty());

        // A day later the 02-09 completion closed one, and 02-08 is past.
        const DashboardSnapshot next = wuhai(d("2024-02-09"));
        QVERIFY(!item(next, openThen));
        QCOMPARE(item(next, dueToday)->bucket, DashboardBucket::Overdue);
        QCOMPARE(next.dueSoonLimit, d("2024-02-20"));
        QCOMPARE(item(next, green)->bucket, DashboardBucket::DueSoon);
    }

    void holidayWindows_data() {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<DashboardBucket>("expected");
        // 国庆 2024: 09-29 Sunday make-up, 10-01..07 off, 10-12 Saturday make-up.
        QTest::newRow("2024-09-27 due 09-26")
            << d("2024-09-27") << d("2024-09-26") << DashboardBucket::Overdue;
        QTest::newRow("2024-09-27 due make-up Sunday")
            << d("2024-09-27") << d("2024-09-29") << DashboardBucket::DueSoon;
        QTest::newRow("2024-09-27 due 10-08 (3rd working day)")
            << d("2024-09-27") << d("2024-10-08") << DashboardBucket::DueSoon;
        QTest::newRow("2024-09-27 due 10-09")
            << d("2024-09-27") << d("2024-10-09") << DashboardBucket::OnTrack;
        QTest::newRow("2024-10-09 due 10-12 make-up Saturday")
            << d("2024-10-09") << d("2024-10-12") << DashboardBucket::DueSoon;
        QTest::newRow("2024-10-09 due 10-14")
            << d("2024-10-09") << d("2024-10-14") << DashboardBucket::OnTrack;
        // 国庆 2023: 09-29..10-06 off, 10-07/08 make-up weekend: 10-07, 10-08, 10-09.
        QTest::newRow("2023-09-28 due 10-09")
            << d("2023-09-28") << d("2023-10-09") << DashboardBucket::DueSoon;
        QTest::newRow("2023-09-28 due 10-10")
            << d("2023-09-28") << d("2023-10-10") << DashboardBucket::OnTrack;
        // 春节 2025: 01-26 Sunday make-up, 01-28..02-04 off: 01-26, 01-27, 02-05.
        QTest::newRow("2025-01-24 due 02-05")
            << d("2025-01-24") << d("2025-02-05") << DashboardBucket::DueSoon;
        QTest::newRow("2025-01-24 due 02-06")
            << d("2025-01-24") << d("2025-02-06") << DashboardBucket::OnTrack;
        QTest::newRow("2025-02-04 due 02-03 (holiday)")
            << d("2025-02-04") << d("2025-02-03") << DashboardBucket::Overdue;
    }

    void holidayWindows() {
        QFETCH(QDate, asOf);
        QFETCH(QDate, due);
        QFETCH(DashboardBucket, expected);
        const qint64 id = open(qPrintable(due.toString(Qt::ISODate)), deptA, "2023-01-03");
        const DashboardSnapshot s = wuhai(asOf);
        QVERIFY(item(s, id));
        QCOMPARE(DashboardBuckets::code(item(s, id)->bucket), DashboardBuckets::code(expected));
    }

    void extendedVersusOverdue() {
        const qint64 extended = open("2024-03-01");
        extension(*db, extended, d("2024-02-28"), d("2024-03-01"), d("2024-03-20"));
        const qint64 refused = open("2024-03-01");
        extension(*db, refused, d("2024-02-28"), d("2024-03-01"), d("2024-03-20"), u"refused"_s);

        // Before the approval the old deadline was in force: three working days ahead.
        DashboardSnapshot s = wuhai(d("2024-02-27"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, extended)->dueDate, d("2024-03-01"));

        s = wuhai(d("2024-03-05"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::Extended);
        QCOMPARE(item(s, extended)->dueDate, d("2024-03-20"));
        QCOMPARE(item(s, refused)->bucket, DashboardBucket::Overdue);
        QCOMPARE(s.count(DashboardBucket::Extended), 1);

        // Past the extended deadline it is overdue like any other.
        s = wuhai(d("2024-03-21"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::Overdue);

        // A second extension decided on 03-18: as of 03-19 both are approved.
        extension(*db, extended, d("2024-03-18"), d("2024-03-20"), d("2024-04-10"));
        s = wuhai(d("2024-03-15"));
        QCOMPARE(item(s, extended)->dueDate, d("2024-03-20"));
        s = wuhai(d("2024-03-21"));
        QCOMPARE(item(s, extended)->bucket, DashboardBucket::Extended);
        QCOMPARE(item(s, extended)->dueDate, d("2024-04-10"));
    }

    void extensionHistoryAsOf() {
        // The refresh reads every approved extension once and rebuilds, per assignment, the
        // deadline in force on the date: the previous_due of the earliest extension decided
        // after it (not of a later one, nor of pending or refused requests).
        const qint64 twice = open("2024-03-01");
        extension(*db, twice, d("2024-03-04"), d("2024-03-01"), d("2024-03-15"));
        extension(*db, twice, d("2024-03-12"), d("2024-03-15"), d("2024-04-01"));
        extension(*db, twice, d("2024-03-20"), d("2024-04-01"), d("2024-05-01"), u"refused"_s);
        // Completed after the date with an extension approved before it: open and extended then.
        AssignmentSpec later = spec(0, deptB, d("2024-01-15"), d("2024-03-01"));
        later.status = u"done"_s;
        later.completedOn = d("2024-03-25");
        const qint64 closedLater = assignment(*db, later);
        extension(*db, closedLater, d("2024-02-20"), d("2024-03-01"), d("2024-03-29"));

        DashboardSnapshot s = wuhai(d("2024-02-27"));
        QCOMPARE(item(s, twice)->dueDate, d("2024-03-01"));
        QCOMPARE(item(s, twice)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, closedLater)->bucket, DashboardBucket::Extended);
        QCOMPARE(item(s, closedLater)->dueDate, d("2024-03-29"));
        s = wuhai(d("2024-03-08"));
        QCOMPARE(item(s, twice)->dueDate, d("2024-03-15"));
        QCOMPARE(item(s, twice)->bucket, DashboardBucket::Extended);
        s = wuhai(d("2024-03-13"));
        QCOMPARE(item(s, twice)->dueDate, d("2024-04-01"));
        s = wuhai(d("2024-03-26"));
        QVERIFY(!item(s, closedLater));
        QCOMPARE(item(s, twice)->dueDate, d("2024-04-01")); // the refused request changed nothing
        QCOMPARE(s.count(DashboardBucket::Extended), 1);
    }

    void escalatedAndDeferredAsOfTheirDates() {
        // Waiting from *_on up to the day before *_until (schema step 13). 乌海's window is 3
        // working days; every item below is assigned 2024-09-02.
        auto waiting = [&](qint64 id, const char *state, const char *since, const char *until) {
            exec(*db,
                 u"UPDATE assignments SET %1_on = ?, %1_until = ? WHERE id = ?"_s.arg(
                     QLatin1String(state)),
                 {QString::fromLatin1(since), QString::fromLatin1(until), id});
        };
        // Escalated 09-20, back on 10-15 (in progress today).
        const qint64 back = open("2024-10-31", deptA, "2024-09-02", "in_progress");
        waiting(back, "escalated", "2024-09-20", "2024-10-15");
        // Escalated on 10-10 and still waiting; due 10-09.
        const qint64 late = open("2024-10-09", deptA, "2024-09-02", "escalated");
        waiting(late, "escalated", "2024-10-10", "");
        // Escalated before the dates were kept: escalated on every date.
        const qint64 legacy = open("2024-10-31", deptB, "2024-09-02", "escalated");
        // Deferred on 10-10 (closed today).
        const qint64 deferred = open("2024-10-31", deptA, "2024-09-02", "deferred");
        waiting(deferred, "deferred", "2024-10-10", "");
        // Deferred 09-20, taken up again on 10-08; due 09-27.
        const qint64 resumed = open("2024-09-27", deptB, "2024-09-02", "in_progress");
        waiting(resumed, "deferred", "2024-09-20", "2024-10-08");
        // Escalated 09-20, then deferred on 10-10.
        const qint64 both = open("2024-10-31", deptB, "2024-09-02", "deferred");
        waiting(both, "escalated", "2024-09-20", "2024-10-10");
        waiting(both, "deferred", "2024-10-10", "");
        // Completed on 10-11 while escalated since 09-20.
        AssignmentSpec c = spec(0, deptA, d("2024-09-02"), d("2024-10-31"));
        c.status = u"done"_s;
        c.completedOn = d("2024-10-11");
        const qint64 completed = assignment(*db, c);
        waiting(completed, "escalated", "2024-09-20", "2024-10-11");
        // Deferred before the dates were kept: never open.
        const qint64 oldDeferral = open("2024-10-31", deptA, "2024-09-02", "deferred");

        // 09-19: nothing escalated or deferred yet but the undated one.
        DashboardSnapshot s = wuhai(d("2024-09-19"));
        QCOMPARE(item(s, back)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, legacy)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, deferred)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, resumed)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, both)->bucket, DashboardBucket::OnTrack);
        QCOMPARE(item(s, completed)->bucket, DashboardBucket::OnTrack);
        QVERIFY(!item(s, oldDeferral));
        QCOMPARE(s.openTotal(), 7);

        // 09-30: escalated from 09-20 on; the deferral of 09-20 closed its item.
        s = wuhai(d("2024-09-30"));
        QCOMPARE(item(s, back)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, both)->bucket, DashboardBucket::Escalated);
        QCOMPARE(item(s, completed)->bucket, DashboardBucket::Escalated);
        QVERIFY(!item(s, resumed));
        QCOMPARE(s.count(DashboardBucket::Escalated), 4);

        // 10-08: the deferred item is back, and its 09-27 deadline has passed; 10-09 is due
        // soon for the one not escalated yet.
        s = wuhai(d("2024-10-08"));
        QCOMPARE(item(s, resumed)->bucket, DashboardBucket::Overdue);
        QCOMPARE(item(s, late)->bucket, DashboardBucket::DueSoon);
        QCOMPARE(item(s, deferred)->bucket, DashboardBucket::OnTrack);

        // 10-10: escalated now; the deferrals of 10-10 close theirs.
        s = wuhai(d("2024-10-10"));
        QCOMPARE(item(s, late)->bucket, DashboardBucket::Escalated);
        QVERIFY(!item(s, deferred));
        QVERIFY(!item(s, both));
        QCOMPARE(item(s, completed)->bucket, DashboardBucket::Escalated);

        // 10-15: back from the higher level that day; the completed one is closed.
        s = wuhai(d("2024-10-15"));
        QCOMPARE(item(s, back)->bucket, DashboardBucket::OnTrack);
        QVERIFY(!item(s, completed));
        QCOMPARE(item(s, legacy)->bucket, DashboardBucket::Escalated);
        QCOMPARE(s.count(DashboardBucket::Escalated), 2); // late and legacy

        // The same definition in C++ (AssignmentState::statusOn), as the report uses it.
        const AssignmentState::Waiting escalation{d("2024-09-20"), d("2024-10-10")};
        const AssignmentState::Waiting deferral{d("2024-10-10"), {}};
        QCOMPARE(
            AssignmentState::statusOn(u"deferred"_s, {}, escalation, deferral, d("2024-09-19")),
            u"in_progress"_s);
        QCOMPARE(
            AssignmentState::statusOn(u"deferred"_s, {}, escalation, deferral, d("2024-10-09")),
            u"escalated"_s);
        QCOMPARE(
            AssignmentState::statusOn(u"deferred"_s, {}, escalation, deferral, d("2024-10-10")),
            u"deferred"_s);
        QCOMPARE(AssignmentState::statusOn(u"escalated"_s, {}, {}, {}, d("2020-01-01")),
                 u"escalated"_s);
        QCOMPARE(AssignmentState::statusOn(u"done"_s, d("2024-10-11"),
                                           {d("2024-09-20"), d("2024-10-11")}, {}, d("2024-10-11")),
                 u"done"_s);
        // A start without an end holds only while the status is still that state.
        QVERIFY(!AssignmentState::isWaitingOn(u"in_progress"_s, u"escalated"_s,
                                              {d("2024-09-20"), {}}, d("2024-10-01")));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
